namespace ItaWorkflow.Storage;

/// <summary>Logical names of the storage resources; <see cref="StorageOptions"/> adds the prefix.</summary>
public static class StorageNames
{
    /// <summary>Per instance partition: snapshot, history and outbox rows.</summary>
    public const string Instances = "Instances";

    /// <summary>One row per instance for listing and filtering without touching history.</summary>
    public const string InstanceIndex = "InstanceIndex";

    /// <summary>Due-time index of durable timers and retry backoffs.</summary>
    public const string Timers = "Timers";

    /// <summary>Markers written before a commit so a crash between commit and dispatch is repaired.</summary>
    public const string Recovery = "Recovery";

    /// <summary>Work that failed too often, parked for an admin.</summary>
    public const string DeadLetters = "DeadLetters";

    /// <summary>Every email the app sent or tried to send.</summary>
    public const string Emails = "Emails";

    /// <summary>Emails that could not be delivered and were not delivered since, per district and case.</summary>
    public const string DeliveryProblems = "DeliveryProblems";

    /// <summary>Divisions, directors and coordinators per district.</summary>
    public const string Directory = "Directory";

    /// <summary>Draft and active plans.</summary>
    public const string Plans = "Plans";

    /// <summary>Who did what, when, per case run by the Durable Task orchestrator (the engine keeps its own history).</summary>
    public const string CaseTimeline = "CaseTimeline";

    /// <summary>Engine work: outbox dispatches and fired timers.</summary>
    public const string WorkQueue = "work";

    /// <summary>Evidence uploaded by divisions.</summary>
    public const string Evidence = "evidence";

    /// <summary>Generated report files.</summary>
    public const string Reports = "reports";

    /// <summary>The ASP.NET Core Data Protection key ring (admin sessions, form tokens), private to the app.</summary>
    public const string Keys = "keys";

    public static IReadOnlyList<string> Tables { get; } =
        [Instances, InstanceIndex, Timers, Recovery, DeadLetters, Emails, DeliveryProblems, Directory, Plans, CaseTimeline];

    public static IReadOnlyList<string> Queues { get; } = [WorkQueue];

    public static IReadOnlyList<string> Containers { get; } = [Evidence, Reports, Keys];
}
