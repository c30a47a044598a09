using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SociaalNetwerk.Migraties.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class AgendaIndexen : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Voorkomens_Start_Id",
                table: "Voorkomens");

            migrationBuilder.CreateIndex(
                name: "IX_Voorkomens_ActiviteitId_Eind_Start",
                table: "Voorkomens",
                columns: new[] { "ActiviteitId", "Eind", "Start" });

            migrationBuilder.CreateIndex(
                name: "IX_Voorkomens_Start_Id_Eind_ActiviteitId",
                table: "Voorkomens",
                columns: new[] { "Start", "Id", "Eind", "ActiviteitId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Voorkomens_ActiviteitId_Eind_Start",
                table: "Voorkomens");

            migrationBuilder.DropIndex(
                name: "IX_Voorkomens_Start_Id_Eind_ActiviteitId",
                table: "Voorkomens");

            migrationBuilder.CreateIndex(
                name: "IX_Voorkomens_Start_Id",
                table: "Voorkomens",
                columns: new[] { "Start", "Id" });
        }
    }
}
