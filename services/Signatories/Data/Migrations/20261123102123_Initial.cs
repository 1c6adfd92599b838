using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace PlanetTechCare.Signatories.Data.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "inbox_messages",
                columns: table => new
                {
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    consumer = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    processed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inbox_messages", x => new { x.event_id, x.consumer });
                });

            migrationBuilder.CreateTable(
                name: "manifesto_versions",
                columns: table => new
                {
                    version = table.Column<int>(type: "integer", nullable: false),
                    title_fr = table.Column<string>(type: "text", nullable: false),
                    title_en = table.Column<string>(type: "text", nullable: false),
                    text_fr = table.Column<string>(type: "text", nullable: false),
                    text_en = table.Column<string>(type: "text", nullable: false),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    is_current = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_manifesto_versions", x => x.version);
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    event_type = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    payload = table.Column<string>(type: "jsonb", nullable: false),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outbox_messages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "signatories",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    legal_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    search_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    siren = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: true),
                    foreign_registration_id = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    registration_key = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    website = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    category = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    size_band = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    region = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    public_description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    curriculum_commitment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    applied_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    approved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    last_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    version = table.Column<long>(type: "bigint", nullable: false),
                    idempotency_key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    request_fingerprint = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    contact_email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    contact_name = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    contact_role = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    signature_consent = table.Column<bool>(type: "boolean", nullable: false),
                    signature_manifesto_version = table.Column<int>(type: "integer", nullable: false),
                    signature_signed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    signature_signer_name = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    signature_signer_role = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_signatories", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "signatory_transitions",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    signatory_id = table.Column<Guid>(type: "uuid", nullable: false),
                    from = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    to = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    by = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_signatory_transitions", x => x.id);
                    table.ForeignKey(
                        name: "fk_signatory_transitions_signatories_signatory_id",
                        column: x => x.signatory_id,
                        principalTable: "signatories",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "manifesto_versions",
                columns: new[] { "version", "is_current", "published_at", "text_en", "text_fr", "title_en", "title_fr" },
                values: new object[] { 1, true, new DateTimeOffset(new DateTime(2026, 5, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "By signing this manifesto, our organisation commits to measure the environmental footprint of its digital products and services, to reduce it, to train its teams in responsible digital practice and to share its experience with the other signatories.", "En signant ce manifeste, notre organisation s'engage à mesurer l'empreinte environnementale de ses produits et services numériques, à la réduire, à former ses équipes au numérique responsable et à partager ses retours d'expérience avec les autres signataires.", "Planet Tech'Care manifesto", "Manifeste Planet Tech'Care" });

            migrationBuilder.CreateIndex(
                name: "ix_manifesto_versions_is_current",
                table: "manifesto_versions",
                column: "is_current",
                unique: true,
                filter: "is_current");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_event_id",
                table: "outbox_messages",
                column: "event_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_unsent",
                table: "outbox_messages",
                column: "id",
                filter: "sent_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_signatories_idempotency_key",
                table: "signatories",
                column: "idempotency_key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_signatories_one_live_per_registration",
                table: "signatories",
                column: "registration_key",
                unique: true,
                filter: "status IN ('Applied', 'Approved', 'Suspended')");

            migrationBuilder.CreateIndex(
                name: "ix_signatories_search_name",
                table: "signatories",
                column: "search_name");

            migrationBuilder.CreateIndex(
                name: "ix_signatories_status_approved_at",
                table: "signatories",
                columns: new[] { "status", "approved_at" });

            migrationBuilder.CreateIndex(
                name: "ix_signatory_transitions_signatory_id",
                table: "signatory_transitions",
                column: "signatory_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "inbox_messages");

            migrationBuilder.DropTable(
                name: "manifesto_versions");

            migrationBuilder.DropTable(
                name: "outbox_messages");

            migrationBuilder.DropTable(
                name: "signatory_transitions");

            migrationBuilder.DropTable(
                name: "signatories");
        }
    }
}
