using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;

namespace ItaWorkflow.Tests.Notifications;

/// <summary>Adds a fixed bearer token, standing in for app-only auth against the fake Graph server.</summary>
public sealed class FixedTokenAuthenticationProvider : IAuthenticationProvider
{
    public const string Token = "test-app-token";

    public Task AuthenticateRequestAsync(
        RequestInformation request, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default)
    {
        request.Headers.Add("Authorization", "Bearer " + Token);
        return Task.CompletedTask;
    }
}
