namespace PlanetTechCare.AppHost.Launchers;

/// <summary>A runtime that gives <c>ConnectionStrings__&lt;name&gt;</c>, known from the moment the app is built.</summary>
internal interface IConnectionStringSource
{
    string Name { get; }

    string ConnectionString { get; }
}
