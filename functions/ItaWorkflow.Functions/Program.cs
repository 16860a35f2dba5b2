using ItaWorkflow.Functions;
using ItaWorkflow.Hosting;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.AddFunctionsAppServices();
builder.Services.AddSingleton<DurableTaskClient>(_ => FunctionsDurableClient.Current);
await builder.Build().RunAsync();
