using System.CommandLine;
using ItaWorkflow.Import;
using ItaWorkflow.Simulation;

namespace ItaWorkflow.Cli;

/// <summary>
/// The executable's command line: no arguments (or <c>serve</c>) runs the web app; other subcommands
/// (<c>import</c>, <c>simulate</c>) are tools that run and exit.
/// </summary>
public static class AppCommandLine
{
    public static RootCommand Create(Func<string[], Task<int>> serve)
    {
        var root = new RootCommand("ITA Workflow — มาตรการส่งเสริมคุณธรรมและความโปร่งใส (ITA) as durable workflows");
        var serveCommand = new Command("serve", "Run the web app (default when no command is given).");
        serveCommand.TreatUnmatchedTokensAsErrors = false;
        serveCommand.SetAction((parseResult, _) => serve([.. parseResult.UnmatchedTokens]));
        root.Subcommands.Add(serveCommand);
        root.Subcommands.Add(ImportCommand.Create());
        root.Subcommands.Add(SimulateCommand.Create());
        return root;
    }

    /// <summary>True when the first argument names a tool subcommand rather than host configuration.</summary>
    public static bool IsToolInvocation(RootCommand root, string[] args) =>
        args.Length > 0 && (root.Subcommands.Any(c => c.Name == args[0]) || args[0] is "-h" or "--help" or "--version");
}
