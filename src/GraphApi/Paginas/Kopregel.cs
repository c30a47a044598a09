using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace SociaalNetwerk.GraphApi.Paginas;

/// <summary>
/// A heading whose level is a parameter (<c>h1</c>…<c>h6</c>): the activity's content is the page's main content on
/// <c>/activiteiten/{id}</c> (level 1) and a part of the portal's preview (a deeper level).
/// </summary>
public sealed class Kopregel : ComponentBase
{
    [Parameter] public int Niveau { get; set; } = 2;

    [Parameter] public string? Id { get; set; }

    [Parameter] public RenderFragment? ChildContent { get; set; }

    /// <inheritdoc/>
    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        builder.OpenElement(0, "h" + Math.Clamp(Niveau, 1, 6).ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.AddAttribute(1, "id", Id);
        builder.AddContent(2, ChildContent);
        builder.CloseElement();
    }
}
