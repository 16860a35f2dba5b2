using ItaWorkflow.Functions;
using ItaWorkflow.Hosting;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.AddFunctionsAppServices(WorkflowOrchestratorFunction.Catalog);
await builder.Build().RunAsync();
