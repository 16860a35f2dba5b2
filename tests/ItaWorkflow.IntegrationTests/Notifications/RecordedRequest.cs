namespace ItaWorkflow.Tests.Notifications;

public sealed record RecordedRequest(string Method, string Path, string Authorization, string Body);
