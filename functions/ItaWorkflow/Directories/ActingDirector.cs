namespace ItaWorkflow.Directories;

/// <summary>The person acting for the district director (รักษาราชการแทน) from <paramref name="From"/> to <paramref name="To"/>, both days included.</summary>
/// <param name="Name">Full name with title, as they sign.</param>
/// <param name="Email">Where the director's mail goes during the range.</param>
/// <param name="From">First day of acting.</param>
/// <param name="To">Last day of acting.</param>
public sealed record ActingDirector(string Name, string Email, DateOnly From, DateOnly To)
{
    /// <summary>True when <paramref name="day"/> is within the range.</summary>
    public bool Covers(DateOnly day) => day >= From && day <= To;
}
