// Interface text, one file per area so that features can add theirs without touching others'.
import common from "./common.json";
import dashboard from "./dashboard.json";
import trips from "./trips.json";
import meetings from "./meetings.json";
import companies from "./companies.json";
import leads from "./leads.json";
import board from "./board.json";
import supervision from "./supervision.json";
import groups from "./groups.json";
import chains from "./chains.json";
import partners from "./partners.json";
import admin from "./admin.json";
import validation from "./validation.json";
import importing from "./import.json";
import figures from "./figures.json";
import formKit from "./form-kit.json";
import targets from "./targets.json";
import cockpit from "./cockpit.json";
import groupEdit from "./group-edit.json";
import account from "./account.json";
import relatedLeads from "./related-leads.json";
import audit from "./audit.json";
import integrity from "./integrity.json";
import importProgress from "./import-progress.json";
import office from "./office.json";
import tasks from "./tasks.json";
import notifications from "./notifications.json";
import chat from "./chat.json";
import channels from "./channels.json";

const messages = { ...common, ...dashboard, ...trips, ...meetings, ...companies, ...leads, ...board, ...supervision, ...groups, ...chains, ...partners, ...admin, ...validation, ...importing, ...figures, ...formKit, ...targets, ...cockpit, ...groupEdit, ...account, ...relatedLeads, ...audit, ...integrity, ...importProgress, ...office, ...tasks, ...notifications, ...chat, ...channels };

export default messages;
