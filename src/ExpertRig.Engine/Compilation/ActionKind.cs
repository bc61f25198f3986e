namespace ExpertRig.Engine.Compilation;

internal enum ActionKind
{
    Do,
    Yield,
}
