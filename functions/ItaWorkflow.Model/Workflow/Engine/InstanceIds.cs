namespace ItaWorkflow.Workflow.Engine;

/// <summary>Instance ids become Table Storage partition keys, so some characters are not allowed.</summary>
public static class InstanceIds
{
    public static void Validate(string instanceId)
    {
        if (string.IsNullOrWhiteSpace(instanceId) || instanceId.Length > 200
            || instanceId.Any(c => c is '/' or '\\' or '#' or '?' || char.IsControl(c)))
        {
            throw new ArgumentException(
                $"Instance id '{instanceId}' must be 1–200 characters without / \\ # ? or control characters.", nameof(instanceId));
        }
    }
}
