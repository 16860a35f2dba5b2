namespace ItaWorkflow.Links;

/// <summary>Why a link was refused.</summary>
public enum LinkError
{
    None,
    Malformed,
    UnknownKey,
    BadSignature,
    Expired,
}
