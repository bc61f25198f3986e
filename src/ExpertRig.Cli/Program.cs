using ExpertRig.Cli;

return ExpertRigCli.Run(args, Console.Out, Console.Error);
