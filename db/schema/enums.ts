// The enumerations belong to the domain (lib/domain/enums.ts); the schemas and older imports read them here.
export * from "../../lib/domain/enums";
