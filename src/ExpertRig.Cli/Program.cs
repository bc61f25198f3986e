using System.Runtime.CompilerServices;
using ExpertRig.Cli;

// The native binary takes the shipped data precompiled into it (no YAML parsed at start-up; docs/adr/0002-start-up.md).
// The portable build reads the catalog folder, so the tests that compare the two builds' output byte for byte also
// compare the precompiled data with what the loaders read.
// It also runs the rules' conditions and actions as C# generated from their expression trees at build time (which it
// could otherwise only interpret), and takes their metadata as read at build time; the portable build compiles the
// trees, so the same byte-for-byte tests compare the generated code with the trees.
if (!RuntimeFeature.IsDynamicCodeSupported)
{
    ExpertRig.Domain.PrecompiledData.Install(ExpertRig.Cli.Precompiled.ShippedData.Data);
    ExpertRig.Engine.Compilation.PrecompiledRules.Install(ExpertRig.Cli.Precompiled.RuleDelegates.Rules);
}

return ExpertRigCli.Run(args, Console.Out, Console.Error);
