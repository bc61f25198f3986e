using CsCheck;
using ExpertRig.Engine.Compilation;
using ExpertRig.Engine.Runtime;

namespace ExpertRig.Engine.Tests;

/// <summary>
/// An alpha memory, after any sequence of additions, removals and replacements, holds exactly the facts a plain
/// recount says: its members in id order, membership, each member's keys and each index's buckets. A memory without
/// indexes answers membership from its member list alone (issue 11, ninth round); one with indexes from its keys,
/// which a node with a single index holds without an array around its key (tenth round).
/// </summary>
public sealed class AlphaMemoryProperties
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void RandomChanges_LeaveTheMemoryAsARecountOfItsMembers(int indexes) =>
        Gen.Select(Gen.Int[0, 2], Gen.Int[0, 40], Gen.Int[0, 3], Gen.Int[0, 3], Gen.Bool,
                (kind, target, first, second, passes) => new Change(kind, target, first, second, passes))
            .Array[1, 60]
            .Sample(changes =>
            {
                var node = new AlphaNode(0, typeof(object), [], null!);
                for (var i = 0; i < indexes; i++)
                {
                    node.Indexes.Add((Key($"k{i}"), null!));
                }

                var memory = new AlphaMemory(node, new SessionShape([node], 0));
                var handles = new List<FactHandle>();
                var members = new Dictionary<FactHandle, object[]>();
                foreach (var change in changes)
                {
                    var version = memory.Version;
                    var keys = change.Passes ? KeysOf(change, indexes) : null;
                    var changed = Apply(memory, handles, members, change, keys);
                    (memory.Version > version).ShouldBe(changed);
                    ShouldMatchRecount(memory, handles, members, indexes);
                }
            }, iter: 500);

    private static bool Apply(AlphaMemory memory, List<FactHandle> handles, Dictionary<FactHandle, object[]> members, Change change, object[]? keys)
    {
        if (change.Kind == 0 || handles.Count == 0)
        {
            var handle = new FactHandle(handles.Count + 1, new object(), FactCause.Caller);
            handles.Add(handle);
            if (keys is null)
            {
                return false;
            }

            memory.Add(handle, MemberKeys.Of(keys));
            members[handle] = keys;
            return true;
        }

        var target = handles[change.Target % handles.Count];
        var before = members.GetValueOrDefault(target);
        if (change.Kind == 1)
        {
            memory.Remove(target).ToArray().ShouldBe(before);
            members.Remove(target);
            return before is not null;
        }

        memory.Replace(target, keys is null ? MemberKeys.None : MemberKeys.Of(keys)).ToArray().ShouldBe(before);
        if (keys is null)
        {
            members.Remove(target);
        }
        else
        {
            members[target] = keys;
        }

        return before is not null || keys is not null;
    }

    private static void ShouldMatchRecount(AlphaMemory memory, List<FactHandle> handles, Dictionary<FactHandle, object[]> members, int indexes)
    {
        memory.Facts.ShouldBe([.. members.Keys.OrderBy(h => h.Id)]);
        foreach (var handle in handles)
        {
            memory.Contains(handle).ShouldBe(members.ContainsKey(handle));
            for (var i = 0; i < indexes; i++)
            {
                memory.KeyOrNull(handle, i).ShouldBe(members.GetValueOrDefault(handle)?[i]);
            }
        }

        for (var i = 0; i < indexes; i++)
        {
            for (var value = 0; value <= 3; value++)
            {
                memory.Bucket(i, value).ShouldBe([.. members.Where(m => Equals(m.Value[i], value)).Select(m => m.Key).OrderBy(h => h.Id)]);
            }
        }
    }

    private static object[] KeysOf(Change change, int indexes) => indexes switch
    {
        0 => [],
        1 => [change.First],
        _ => [change.First, change.Second],
    };

    private static JoinKey Key(string name) =>
        new(() => name, name, new TieredDelegate<Func<object, object?>>((Func<object, object?>)(fact => fact)), -1, null, byReference: false);

    public sealed record Change(int Kind, int Target, int First, int Second, bool Passes);
}
