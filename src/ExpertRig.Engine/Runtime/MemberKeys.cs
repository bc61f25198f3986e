namespace ExpertRig.Engine.Runtime;

/// <summary>
/// A fact's keys in one alpha memory, one per index, or <see cref="None"/> when it is not a member (it fails the
/// node's tests). The common node has a single index: its key is held as it is, with no array around it.
/// </summary>
internal readonly struct MemberKeys
{
    private readonly object? _stored;
    private readonly Form _form;

    private MemberKeys(object? stored, Form form)
    {
        _stored = stored;
        _form = form;
    }

    private enum Form : byte
    {
        None,
        Unindexed,
        One,
        Many,
    }

    /// <summary>Not a member.</summary>
    public static MemberKeys None => default;

    /// <summary>A member of a node without indexes (it has no keys).</summary>
    public static MemberKeys Unindexed => new(null, Form.Unindexed);

    public bool IsMember => _form != Form.None;

    /// <summary>The key under the node's index <paramref name="index"/> (a member of a node that has it).</summary>
    public object this[int index] => _form == Form.One ? _stored! : ((object[])_stored!)[index];

    /// <summary>A member's keys: <paramref name="keys"/> holds one per index (none, one or more).</summary>
    public static MemberKeys Of(object[] keys) => keys.Length switch
    {
        0 => Unindexed,
        1 => new MemberKeys(keys[0], Form.One),
        _ => new MemberKeys(keys, Form.Many),
    };

    /// <summary>A member of a node with a single index, under <paramref name="key"/>.</summary>
    public static MemberKeys One(object key) => new(key, Form.One);

    /// <summary>A member of a node with two or more indexes.</summary>
    public static MemberKeys Many(object[] keys) => new(keys, Form.Many);

    /// <summary>The array a member of a node with two or more indexes holds its keys in (never copied: keys are never written once made).</summary>
    public object[] ToStoredArray() => (object[])_stored!;

    /// <summary>The keys as an array (null when not a member), for tests.</summary>
    public object[]? ToArray() => _form switch
    {
        Form.None => null,
        Form.Unindexed => [],
        Form.One => [_stored!],
        _ => (object[])((object[])_stored!).Clone(),
    };
}
