CREATE TABLE "lead_search_grams" (
	"gram" text NOT NULL,
	"lead_id" integer NOT NULL,
	CONSTRAINT "lead_search_grams_pk" PRIMARY KEY("gram","lead_id")
);
--> statement-breakpoint
CREATE TABLE "search_positions" (
	"i" integer PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE INDEX "lead_search_grams_lead_idx" ON "lead_search_grams" USING btree ("lead_id");