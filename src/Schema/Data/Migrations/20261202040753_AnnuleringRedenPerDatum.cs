using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SociaalNetwerk.Schema.Data.Migrations
{
    /// <summary>
    /// A reason per cancelled date (<c>Herhaling.AnnuleringRedenen</c>, inside the JSON column <c>Herhaling</c>): no
    /// column changes; existing series get an empty list, so every stored row reads as before (dates without a reason).
    /// </summary>
    public partial class AnnuleringRedenPerDatum : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                UPDATE "Activiteiten" SET "Herhaling" = json_set("Herhaling", '$.AnnuleringRedenen', json('[]'))
                WHERE "Herhaling" IS NOT NULL AND json_type("Herhaling", '$.AnnuleringRedenen') IS NULL;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                UPDATE "Activiteiten" SET "Herhaling" = json_remove("Herhaling", '$.AnnuleringRedenen')
                WHERE "Herhaling" IS NOT NULL;
                """);
        }
    }
}
