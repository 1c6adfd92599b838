namespace PlanetTechCare.AppHost.Hosting;

public static class RabbitMQBuilderExtensions
{
    /// <summary>
    /// Runs the management plug-in, as Aspire's <c>WithManagementPlugin()</c>: projects referencing the
    /// broker also get its HTTP API address, <c>services__&lt;name&gt;__management__0</c>.
    /// </summary>
    public static IResourceBuilder<RabbitMQServerResource> WithManagementPlugin(this IResourceBuilder<RabbitMQServerResource> broker)
    {
        broker.Resource.ManagementPlugin = true;
        return broker;
    }
}
