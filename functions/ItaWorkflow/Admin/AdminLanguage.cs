namespace ItaWorkflow.Admin;

/// <summary>The language admin pages are shown in; Thai unless the admin switched.</summary>
public enum AdminLanguage
{
    Thai,
    English,
}
