using ItaWorkflow.Cli;
using ItaWorkflow.Hosting;

var commandLine = AppCommandLine.Create(WebApp.RunAsync);
return AppCommandLine.IsToolInvocation(commandLine, args)
    ? await commandLine.Parse(args).InvokeAsync()
    : await WebApp.RunAsync(args);
