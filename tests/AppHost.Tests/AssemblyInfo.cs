// The AppHost runs its servers from Debian packages: these tests are Linux-only.
[assembly: System.Runtime.Versioning.SupportedOSPlatform("linux")]
