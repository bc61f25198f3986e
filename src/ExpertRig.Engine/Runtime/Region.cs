namespace ExpertRig.Engine.Runtime;

/// <summary>
/// The part of one rule's matches that a change can have touched: the tuples that bind <see cref="Handle"/> in
/// <see cref="Slot"/>, or (slot -1) all of them, when a change to a Not, Exists or Collect pattern has no key that
/// names the tuples it affects.
/// </summary>
internal readonly record struct Region(int Rule, int Slot, FactHandle? Handle)
{
    public bool IsWholeRule => Slot < 0;
}
