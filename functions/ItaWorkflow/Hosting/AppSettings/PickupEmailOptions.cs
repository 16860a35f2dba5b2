namespace ItaWorkflow.Hosting.AppSettings;

/// <summary>Pickup-folder settings (<c>Email:Pickup</c>).</summary>
public sealed class PickupEmailOptions
{
    /// <summary>Folder the <c>.eml</c> files are written to, relative to the working directory.</summary>
    public string Folder { get; set; } = ".data/mail";
}
