using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SociaalNetwerk.Migraties.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class PortaalSessies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PortaalSessies",
                columns: table => new
                {
                    Sleutel = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    AccountId = table.Column<int>(type: "integer", nullable: false),
                    Ticket = table.Column<byte[]>(type: "bytea", nullable: false),
                    AangemaaktOp = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    VerlooptOp = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PortaalSessies", x => x.Sleutel);
                    table.ForeignKey(
                        name: "FK_PortaalSessies_Accounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "Accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PortaalSessies_AccountId",
                table: "PortaalSessies",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_PortaalSessies_VerlooptOp",
                table: "PortaalSessies",
                column: "VerlooptOp");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PortaalSessies");
        }
    }
}
