using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SociaalNetwerk.Schema.Data.Migrations
{
    /// <inheritdoc />
    public partial class Formuliernummer : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Formuliernummer",
                table: "Reacties",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Reacties_UitvraagId_Formuliernummer",
                table: "Reacties",
                columns: new[] { "UitvraagId", "Formuliernummer" },
                unique: true,
                filter: "\"Formuliernummer\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Reacties_UitvraagId_Formuliernummer",
                table: "Reacties");

            migrationBuilder.DropColumn(
                name: "Formuliernummer",
                table: "Reacties");
        }
    }
}
