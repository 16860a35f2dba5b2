namespace ItaWorkflow.Notifications;

/// <summary>
/// A provider refused an email. <see cref="Permanent"/> (a 4xx other than 429: bad address, bad request) is not worth
/// retrying; anything else (5xx, 429, network) is.
/// </summary>
public sealed class EmailDeliveryException(string message, int? statusCode, bool permanent, Exception? inner = null)
    : Exception(message, inner)
{
    public int? StatusCode { get; } = statusCode;

    public bool Permanent { get; } = permanent;

    /// <summary>Classifies an HTTP status code the way the retry policy needs.</summary>
    public static bool IsPermanent(int statusCode) => statusCode is >= 400 and < 500 && statusCode != 429 && statusCode != 408;
}
