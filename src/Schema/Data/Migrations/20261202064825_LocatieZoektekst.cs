using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SociaalNetwerk.Schema.Data.Migrations
{
    /// <inheritdoc />
    public partial class LocatieZoektekst : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ZoekNaam",
                table: "Locaties",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "ZoekTekst",
                table: "Locaties",
                type: "TEXT",
                maxLength: 520,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_Locaties_ZoekNaam_Id",
                table: "Locaties",
                columns: new[] { "ZoekNaam", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Locaties_ZoekNaam_Id",
                table: "Locaties");

            migrationBuilder.DropColumn(
                name: "ZoekNaam",
                table: "Locaties");

            migrationBuilder.DropColumn(
                name: "ZoekTekst",
                table: "Locaties");
        }
    }
}
