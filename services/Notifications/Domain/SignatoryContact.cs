namespace PlanetTechCare.Notifications.Domain;

/// <summary>Who to write to about an application, as the signatories service last recorded it.</summary>
public sealed class SignatoryContact(Guid signatoryId, string name, string email, string language, DateTimeOffset recordedAt)
{
    public Guid SignatoryId { get; private set; } = signatoryId;

    public string Name { get; private set; } = name;

    public string Email { get; private set; } = email;

    public string Language { get; private set; } = language;

    public DateTimeOffset RecordedAt { get; private set; } = recordedAt;

    public MailRecipient Recipient => new(Name, Email, Language);

    /// <summary>Takes a newer record of the contact; an older one (redelivered late) changes nothing.</summary>
    public void Update(string name, string email, string language, DateTimeOffset recordedAt)
    {
        if (recordedAt < RecordedAt)
        {
            return;
        }

        (Name, Email, Language, RecordedAt) = (name, email, language, recordedAt);
    }
}
