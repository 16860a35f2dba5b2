namespace ItaWorkflow.Hosting.Routes;

/// <summary>One page or API route: mapped by the local host and declared as an HTTP trigger by the Functions app.</summary>
/// <param name="Name">Endpoint name locally, function name in Azure.</param>
/// <param name="Methods">HTTP methods, upper case.</param>
/// <param name="Template">Route template without a leading slash (the Functions host's form; locally mapped under "/").</param>
public sealed record AppRoute(string Name, IReadOnlyList<string> Methods, string Template)
{
    /// <summary>The template as the local host maps it.</summary>
    public string Pattern => "/" + Template;
}
