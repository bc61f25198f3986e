namespace ExpertRig.Engine;

internal enum CauseEffect
{
    Inserted,
    Updated,
    Retracted,
}
