namespace ItaWorkflow.Domain;

public enum DeadlineKind
{
    None,
    Day,
    Month,
}
