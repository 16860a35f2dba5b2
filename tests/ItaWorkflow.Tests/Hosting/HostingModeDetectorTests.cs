using System.Net;
using ItaWorkflow.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ItaWorkflow.Tests.Hosting;

public sealed class HostingModeDetectorTests
{
    [Fact]
    public void Without_the_custom_handler_port_the_app_runs_locally_with_its_own_pumps()
    {
        var profile = HostingModeDetector.Detect(Configuration([]));

        Assert.Equal(HostingMode.Local, profile.Mode);
        Assert.Null(profile.CustomHandlerPort);
        Assert.True(profile.RunsLocalPumps);
    }

    [Fact]
    public void With_the_custom_handler_port_the_functions_host_drives_triggers_and_local_pumps_stay_off()
    {
        var profile = HostingModeDetector.Detect(Configuration(new() { [HostingModeDetector.CustomHandlerPortSetting] = "40123" }));

        Assert.Equal(HostingMode.FunctionsCustomHandler, profile.Mode);
        Assert.Equal(40123, profile.CustomHandlerPort);
        Assert.False(profile.RunsLocalPumps);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("0")]
    [InlineData("70000")]
    [InlineData("-5")]
    public void A_port_that_is_not_a_tcp_port_stops_start_up_with_a_thai_and_english_message(string port)
    {
        var error = Assert.Throws<InvalidOperationException>(
            () => HostingModeDetector.Detect(Configuration(new() { [HostingModeDetector.CustomHandlerPortSetting] = port })));

        Assert.Contains("ต้องเป็นหมายเลขพอร์ต", error.Message);
        Assert.Contains("must be a port number", error.Message);
        Assert.Contains(port, error.Message);
    }

    [Fact]
    public async Task Behind_the_functions_host_the_app_listens_on_the_custom_handler_port()
    {
        var port = ItaWorkflow.Storage.AzuriteProcess.FreePort();
        await using var app = WebApp.Build(
            [
                $"--{HostingModeDetector.CustomHandlerPortSetting}={port}",
                "--Links:SigningKeys:0:Id=k1", "--Links:SigningKeys:0:Secret=0H63fSm99BF5957F9Zqb9Yboc5zA/cvuPxyWXkwwRNA=",
                "--Links:CurrentKeyId=k1", "--Email:Provider=SendGrid", "--Email:SendGrid:ApiKey=SG.test", "--Email:From=ita@district.bangkok.go.th",
                "--Admin:TrustAppServicePrincipal=true",
            ],
            builder => { });
        await app.StartAsync();

        using var http = new HttpClient();
        using var response = await http.GetAsync($"http://127.0.0.1:{port}/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(app.Services.GetRequiredService<HostingProfile>().RunsLocalPumps);
        await app.StopAsync();
    }

    [Theory]
    [InlineData("WEBSITE_SITE_NAME", true)]
    [InlineData("FUNCTIONS_WORKER_RUNTIME", true)]
    [InlineData(HostingModeDetector.CustomHandlerPortSetting, true)]
    [InlineData("SOMETHING_ELSE", false)]
    public void App_service_and_functions_settings_mean_the_app_runs_in_azure(string setting, bool inAzure)
    {
        Assert.Equal(inAzure, HostingModeDetector.RunsInAzure(Configuration(new() { [setting] = "40123" })));
    }

    private static IConfiguration Configuration(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();

}
