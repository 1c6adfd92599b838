namespace PlanetTechCare.Notifications.Domain;

/// <summary>
/// What came of handing a message to the SMTP server: accepted or not, the server's reply (code and
/// text) or that no server answered, and whether trying again may help (a 4xx reply, no answer) or
/// not (a 5xx reply refuses the message for good).
/// </summary>
public sealed record SmtpAnswer(bool Accepted, string Text, bool Permanent)
{
    public const int MaxLength = 500;

    public static SmtpAnswer Sent(string reply) => new(true, Clip($"250 {reply}"), false);

    public static SmtpAnswer Refused(int code, string reply) => new(false, Clip($"{code} {reply}"), code >= 500);

    public static SmtpAnswer NoAnswer(string why) => new(false, Clip(why), false);

    private static string Clip(string text) => text.Length <= MaxLength ? text.Trim() : text[..MaxLength];
}
