using ItaWorkflow.Tests.Infrastructure;

namespace ItaWorkflow.Tests.Workflow.Durable;

/// <summary>Where a test's cases live: its own task hub and table prefix on the shared Azurite.</summary>
public sealed record WorkflowTestPlace(Azurite Azurite, string TaskHubName, string StoragePrefix);
