namespace PlanetTechCare.Dashboard.Api.Signatories;

/// <summary>A person of an application: its contact (with an e-mail) or its signer.</summary>
public sealed record PersonContact(string? Name, string? Role, string? Email);
