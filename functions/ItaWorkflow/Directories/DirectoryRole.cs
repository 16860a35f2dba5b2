namespace ItaWorkflow.Directories;

/// <summary>The part a recipient plays; a signed link carries it and pages allow actions by it.</summary>
public enum DirectoryRole
{
    Division,
    DivisionHead,
    Director,
    Coordinator,
}
