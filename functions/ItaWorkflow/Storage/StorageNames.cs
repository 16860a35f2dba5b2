namespace ItaWorkflow.Storage;

/// <summary>Logical names of the storage resources; <see cref="StorageOptions"/> adds the prefix.</summary>
public static class StorageNames
{
    /// <summary>One row per instance for listing and filtering without touching history.</summary>
    public const string InstanceIndex = "InstanceIndex";

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

    /// <summary>Who did what, when, per case.</summary>
    public const string CaseTimeline = "CaseTimeline";

    /// <summary>Evidence uploaded by divisions.</summary>
    public const string Evidence = "evidence";

    /// <summary>Generated report files.</summary>
    public const string Reports = "reports";

    /// <summary>The ASP.NET Core Data Protection key ring (admin sessions, form tokens), private to the app.</summary>
    public const string Keys = "keys";

    public static IReadOnlyList<string> Tables { get; } =
        [InstanceIndex, DeadLetters, Emails, DeliveryProblems, Directory, Plans, CaseTimeline];

    public static IReadOnlyList<string> Containers { get; } = [Evidence, Reports, Keys];
}
