namespace ItaWorkflow.Notifications;

/// <summary>An email that could not be delivered to one recipient of a case, and has not been delivered since.</summary>
/// <param name="District">District of the case.</param>
/// <param name="InstanceId">The case (measure or plan).</param>
/// <param name="Recipient">The address, or what had no address (<c>(ไม่มีผู้รับ: Division)</c>).</param>
/// <param name="Template">The email that failed.</param>
/// <param name="Error">Why, as the provider or the directory said.</param>
/// <param name="At">When it failed.</param>
public sealed record DeliveryProblem(string District, string InstanceId, string Recipient, string Template, string Error, DateTimeOffset At);
