namespace ItaWorkflow.Tests.Deploy;

/// <summary>Finds files of the repository the tests were built from.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string File(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(directory.FullName, "ItaWorkflow.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("ItaWorkflow.sln not found above " + AppContext.BaseDirectory);
    }
}
