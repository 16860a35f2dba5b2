namespace ItaWorkflow.Tests.Deploy;

/// <summary>What a finished command line tool returned.</summary>
public sealed record ProcessResult(int ExitCode, string StandardOutput, string StandardError)
{
    public string Output => StandardOutput + StandardError;
}
