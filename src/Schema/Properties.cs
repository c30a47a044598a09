using System.Resources;

[assembly: NeutralResourcesLanguage("nl")]
