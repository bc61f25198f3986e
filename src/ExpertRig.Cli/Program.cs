using System.Runtime.CompilerServices;
using ExpertRig.Cli;

// The native binary takes the shipped data precompiled into it (no YAML parsed at start-up; docs/adr/0002-start-up.md).
// The portable build reads the catalog folder, so the tests that compare the two builds' output byte for byte also
// compare the precompiled data with what the loaders read.
if (!RuntimeFeature.IsDynamicCodeSupported)
{
    ExpertRig.Domain.PrecompiledData.Install(ExpertRig.Cli.Precompiled.ShippedData.Data);
}

return ExpertRigCli.Run(args, Console.Out, Console.Error);
