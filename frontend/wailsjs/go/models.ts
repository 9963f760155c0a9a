export namespace api {
	
	export class AgeBucketDTO {
	    label: string;
	    minDays: number;
	    maxDays: number;
	    count: number;
	
	    static createFrom(source: any = {}) {
	        return new AgeBucketDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.label = source["label"];
	        this.minDays = source["minDays"];
	        this.maxDays = source["maxDays"];
	        this.count = source["count"];
	    }
	}
	export class AnswerInput {
	    questionId: number;
	    number?: number;
	    text: string;
	    choices: string[];
	    skipped: boolean;
	
	    static createFrom(source: any = {}) {
	        return new AnswerInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.questionId = source["questionId"];
	        this.number = source["number"];
	        this.text = source["text"];
	        this.choices = source["choices"];
	        this.skipped = source["skipped"];
	    }
	}
	export class AnswerView {
	    questionId: number;
	    questionTitle: string;
	    questionTitleEn: string;
	    type: string;
	    role: string;
	    status: string;
	    number?: number;
	    text: string;
	    raw: string;
	
	    static createFrom(source: any = {}) {
	        return new AnswerView(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.questionId = source["questionId"];
	        this.questionTitle = source["questionTitle"];
	        this.questionTitleEn = source["questionTitleEn"];
	        this.type = source["type"];
	        this.role = source["role"];
	        this.status = source["status"];
	        this.number = source["number"];
	        this.text = source["text"];
	        this.raw = source["raw"];
	    }
	}
	export class AppInfo {
	    version: string;
	    dataDir: string;
	    databasePath: string;
	    schemaVersion: number;
	    firstRun: boolean;
	    platform: string;
	
	    static createFrom(source: any = {}) {
	        return new AppInfo(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.version = source["version"];
	        this.dataDir = source["dataDir"];
	        this.databasePath = source["databasePath"];
	        this.schemaVersion = source["schemaVersion"];
	        this.firstRun = source["firstRun"];
	        this.platform = source["platform"];
	    }
	}
	export class AttainmentDTO {
	    kind: string;
	    met: number;
	    breached: number;
	    n: number;
	    percent?: number;
	
	    static createFrom(source: any = {}) {
	        return new AttainmentDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.kind = source["kind"];
	        this.met = source["met"];
	        this.breached = source["breached"];
	        this.n = source["n"];
	        this.percent = source["percent"];
	    }
	}
	export class AttributeDTO {
	    key: string;
	    value: string;
	
	    static createFrom(source: any = {}) {
	        return new AttributeDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.key = source["key"];
	        this.value = source["value"];
	    }
	}
	export class AttributeOption {
	    key: string;
	    values: string[];
	
	    static createFrom(source: any = {}) {
	        return new AttributeOption(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.key = source["key"];
	        this.values = source["values"];
	    }
	}
	export class BackupResult {
	    canceled: boolean;
	    path: string;
	    bytes: number;
	
	    static createFrom(source: any = {}) {
	        return new BackupResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.canceled = source["canceled"];
	        this.path = source["path"];
	        this.bytes = source["bytes"];
	    }
	}
	export class BreachGroupDTO {
	    key: string;
	    tickets: number;
	    breached: number;
	
	    static createFrom(source: any = {}) {
	        return new BreachGroupDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.key = source["key"];
	        this.tickets = source["tickets"];
	        this.breached = source["breached"];
	    }
	}
	export class BulkResult {
	    updated: number;
	
	    static createFrom(source: any = {}) {
	        return new BulkResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.updated = source["updated"];
	    }
	}
	export class OverrideDTO {
	    date: string;
	    kind: string;
	    hours: string[];
	    name: string;
	
	    static createFrom(source: any = {}) {
	        return new OverrideDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.date = source["date"];
	        this.kind = source["kind"];
	        this.hours = source["hours"];
	        this.name = source["name"];
	    }
	}
	export class CalendarDTO {
	    id: number;
	    name: string;
	    version: number;
	    createdAt: string;
	    zone: string;
	    always: boolean;
	    weekly: string[][];
	    overrides: OverrideDTO[];
	    months: Record<string, Array<OverrideDTO>>;
	
	    static createFrom(source: any = {}) {
	        return new CalendarDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.version = source["version"];
	        this.createdAt = source["createdAt"];
	        this.zone = source["zone"];
	        this.always = source["always"];
	        this.weekly = source["weekly"];
	        this.overrides = this.convertValues(source["overrides"], OverrideDTO);
	        this.months = this.convertValues(source["months"], Array<OverrideDTO>, true);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class CalendarInput {
	    name: string;
	    zone: string;
	    always: boolean;
	    weekly: string[][];
	    overrides: OverrideDTO[];
	
	    static createFrom(source: any = {}) {
	        return new CalendarInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.name = source["name"];
	        this.zone = source["zone"];
	        this.always = source["always"];
	        this.weekly = source["weekly"];
	        this.overrides = this.convertValues(source["overrides"], OverrideDTO);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class CalendarSummary {
	    id: number;
	    name: string;
	    version: number;
	    updatedAt: string;
	
	    static createFrom(source: any = {}) {
	        return new CalendarSummary(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.version = source["version"];
	        this.updatedAt = source["updatedAt"];
	    }
	}
	export class CallDTO {
	    id: number;
	    customerId: number;
	    customerName: string;
	    ticketId?: number;
	    responseId?: number;
	    surveyId?: number;
	    reason: string;
	    attemptAt: string;
	    disposition: string;
	    callbackAt: string;
	    note: string;
	
	    static createFrom(source: any = {}) {
	        return new CallDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.customerId = source["customerId"];
	        this.customerName = source["customerName"];
	        this.ticketId = source["ticketId"];
	        this.responseId = source["responseId"];
	        this.surveyId = source["surveyId"];
	        this.reason = source["reason"];
	        this.attemptAt = source["attemptAt"];
	        this.disposition = source["disposition"];
	        this.callbackAt = source["callbackAt"];
	        this.note = source["note"];
	    }
	}
	export class CustomerInput {
	    name: string;
	    phone: string;
	    email: string;
	    company: string;
	
	    static createFrom(source: any = {}) {
	        return new CustomerInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.name = source["name"];
	        this.phone = source["phone"];
	        this.email = source["email"];
	        this.company = source["company"];
	    }
	}
	export class ResponseInput {
	    surveyId: number;
	    customerId?: number;
	    newCustomer?: CustomerInput;
	    source: string;
	    channel: string;
	    region: string;
	    product: string;
	    agent: string;
	    submittedAt: string;
	    note: string;
	    tags: string[];
	    answers: AnswerInput[];
	
	    static createFrom(source: any = {}) {
	        return new ResponseInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.surveyId = source["surveyId"];
	        this.customerId = source["customerId"];
	        this.newCustomer = this.convertValues(source["newCustomer"], CustomerInput);
	        this.source = source["source"];
	        this.channel = source["channel"];
	        this.region = source["region"];
	        this.product = source["product"];
	        this.agent = source["agent"];
	        this.submittedAt = source["submittedAt"];
	        this.note = source["note"];
	        this.tags = source["tags"];
	        this.answers = this.convertValues(source["answers"], AnswerInput);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class CallInput {
	    customerId: number;
	    ticketId?: number;
	    responseId?: number;
	    reason: string;
	    disposition: string;
	    callbackAt: string;
	    note: string;
	    response?: ResponseInput;
	
	    static createFrom(source: any = {}) {
	        return new CallInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.customerId = source["customerId"];
	        this.ticketId = source["ticketId"];
	        this.responseId = source["responseId"];
	        this.reason = source["reason"];
	        this.disposition = source["disposition"];
	        this.callbackAt = source["callbackAt"];
	        this.note = source["note"];
	        this.response = this.convertValues(source["response"], ResponseInput);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class CallRates {
	    from: string;
	    to: string;
	    attempts: number;
	    dialled: number;
	    reached: number;
	    completed: number;
	    eligible: number;
	    contactRate?: number;
	    responseRate?: number;
	    byDisposition: Record<string, number>;
	
	    static createFrom(source: any = {}) {
	        return new CallRates(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.from = source["from"];
	        this.to = source["to"];
	        this.attempts = source["attempts"];
	        this.dialled = source["dialled"];
	        this.reached = source["reached"];
	        this.completed = source["completed"];
	        this.eligible = source["eligible"];
	        this.contactRate = source["contactRate"];
	        this.responseRate = source["responseRate"];
	        this.byDisposition = source["byDisposition"];
	    }
	}
	export class ResponseDetail {
	    id: number;
	    surveyId: number;
	    surveyTitle: string;
	    submittedAt: string;
	    source: string;
	    customerId?: number;
	    customerName: string;
	    channel: string;
	    region: string;
	    product: string;
	    agent: string;
	    nps?: number;
	    csat?: number;
	    comment: string;
	    tags: string[];
	    note: string;
	    answers: AnswerView[];
	
	    static createFrom(source: any = {}) {
	        return new ResponseDetail(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.surveyId = source["surveyId"];
	        this.surveyTitle = source["surveyTitle"];
	        this.submittedAt = source["submittedAt"];
	        this.source = source["source"];
	        this.customerId = source["customerId"];
	        this.customerName = source["customerName"];
	        this.channel = source["channel"];
	        this.region = source["region"];
	        this.product = source["product"];
	        this.agent = source["agent"];
	        this.nps = source["nps"];
	        this.csat = source["csat"];
	        this.comment = source["comment"];
	        this.tags = source["tags"];
	        this.note = source["note"];
	        this.answers = this.convertValues(source["answers"], AnswerView);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class CallResult {
	    call: CallDTO;
	    response?: ResponseDetail;
	
	    static createFrom(source: any = {}) {
	        return new CallResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.call = this.convertValues(source["call"], CallDTO);
	        this.response = this.convertValues(source["response"], ResponseDetail);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class CallTarget {
	    customerId: number;
	    name: string;
	    phone: string;
	    company: string;
	    region: string;
	    tier: string;
	    reason: string;
	    ticketId?: number;
	    ticketTitle: string;
	    responseId?: number;
	    score?: number;
	    attempts: number;
	    lastAttemptAt: string;
	    lastDisposition: string;
	    callbackAt: string;
	    nextAttemptAt: string;
	
	    static createFrom(source: any = {}) {
	        return new CallTarget(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.customerId = source["customerId"];
	        this.name = source["name"];
	        this.phone = source["phone"];
	        this.company = source["company"];
	        this.region = source["region"];
	        this.tier = source["tier"];
	        this.reason = source["reason"];
	        this.ticketId = source["ticketId"];
	        this.ticketTitle = source["ticketTitle"];
	        this.responseId = source["responseId"];
	        this.score = source["score"];
	        this.attempts = source["attempts"];
	        this.lastAttemptAt = source["lastAttemptAt"];
	        this.lastDisposition = source["lastDisposition"];
	        this.callbackAt = source["callbackAt"];
	        this.nextAttemptAt = source["nextAttemptAt"];
	    }
	}
	export class CareItem {
	    id: number;
	    rule: string;
	    kind: string;
	    sourceKind: string;
	    sourceId: number;
	    periodKey: string;
	    customerId?: number;
	    customerName: string;
	    responseId?: number;
	    ticketId?: number;
	    ticketTitle: string;
	    dueAt: string;
	    createdAt: string;
	    done: boolean;
	    answerRole: string;
	    answerScore?: number;
	    detractor: boolean;
	    openComplaint: boolean;
	    fallingScore: boolean;
	    score?: number;
	    previousScore?: number;
	
	    static createFrom(source: any = {}) {
	        return new CareItem(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.rule = source["rule"];
	        this.kind = source["kind"];
	        this.sourceKind = source["sourceKind"];
	        this.sourceId = source["sourceId"];
	        this.periodKey = source["periodKey"];
	        this.customerId = source["customerId"];
	        this.customerName = source["customerName"];
	        this.responseId = source["responseId"];
	        this.ticketId = source["ticketId"];
	        this.ticketTitle = source["ticketTitle"];
	        this.dueAt = source["dueAt"];
	        this.createdAt = source["createdAt"];
	        this.done = source["done"];
	        this.answerRole = source["answerRole"];
	        this.answerScore = source["answerScore"];
	        this.detractor = source["detractor"];
	        this.openComplaint = source["openComplaint"];
	        this.fallingScore = source["fallingScore"];
	        this.score = source["score"];
	        this.previousScore = source["previousScore"];
	    }
	}
	export class CareItemPage {
	    items: CareItem[];
	    total: number;
	
	    static createFrom(source: any = {}) {
	        return new CareItemPage(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.items = this.convertValues(source["items"], CareItem);
	        this.total = source["total"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class CareRule {
	    key: string;
	    enabled: boolean;
	    params: careloop.Params;
	    created: number;
	
	    static createFrom(source: any = {}) {
	        return new CareRule(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.key = source["key"];
	        this.enabled = source["enabled"];
	        this.params = this.convertValues(source["params"], careloop.Params);
	        this.created = source["created"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class CareRuleRun {
	    key: string;
	    enabled: boolean;
	    created: number;
	
	    static createFrom(source: any = {}) {
	        return new CareRuleRun(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.key = source["key"];
	        this.enabled = source["enabled"];
	        this.created = source["created"];
	    }
	}
	export class CareRunResult {
	    at: string;
	    rules: CareRuleRun[];
	    total: number;
	
	    static createFrom(source: any = {}) {
	        return new CareRunResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.at = source["at"];
	        this.rules = this.convertValues(source["rules"], CareRuleRun);
	        this.total = source["total"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class SLATarget {
	    kind: string;
	    state: string;
	    mode: string;
	    targetMinutes: number;
	    actualMinutes: number;
	    minutesLeft: number;
	    due: string;
	    breachedAt: string;
	    warning: number;
	    startedAt: string;
	    stoppedAt: string;
	    stoppedBy: string;
	    pausedBy: string;
	    met: number;
	    breached: number;
	
	    static createFrom(source: any = {}) {
	        return new SLATarget(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.kind = source["kind"];
	        this.state = source["state"];
	        this.mode = source["mode"];
	        this.targetMinutes = source["targetMinutes"];
	        this.actualMinutes = source["actualMinutes"];
	        this.minutesLeft = source["minutesLeft"];
	        this.due = source["due"];
	        this.breachedAt = source["breachedAt"];
	        this.warning = source["warning"];
	        this.startedAt = source["startedAt"];
	        this.stoppedAt = source["stoppedAt"];
	        this.stoppedBy = source["stoppedBy"];
	        this.pausedBy = source["pausedBy"];
	        this.met = source["met"];
	        this.breached = source["breached"];
	    }
	}
	export class ComplaintDTO {
	    id: number;
	    title: string;
	    category: string;
	    priority: number;
	    status: string;
	    statusCategory: string;
	    responseId: number;
	    createdAt: string;
	    sla: string;
	    targets: SLATarget[];
	
	    static createFrom(source: any = {}) {
	        return new ComplaintDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.title = source["title"];
	        this.category = source["category"];
	        this.priority = source["priority"];
	        this.status = source["status"];
	        this.statusCategory = source["statusCategory"];
	        this.responseId = source["responseId"];
	        this.createdAt = source["createdAt"];
	        this.sla = source["sla"];
	        this.targets = this.convertValues(source["targets"], SLATarget);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class HeatRowDTO {
	    category: string;
	    counts: number[];
	    total: number;
	
	    static createFrom(source: any = {}) {
	        return new HeatRowDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.category = source["category"];
	        this.counts = source["counts"];
	        this.total = source["total"];
	    }
	}
	export class TicketMonthDTO {
	    month: string;
	    opened: number;
	    resolved: number;
	    sla: SLAFigures;
	
	    static createFrom(source: any = {}) {
	        return new TicketMonthDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.month = source["month"];
	        this.opened = source["opened"];
	        this.resolved = source["resolved"];
	        this.sla = this.convertValues(source["sla"], SLAFigures);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class DurationDTO {
	    kind: string;
	    n: number;
	    medianMinutes: number;
	    p90Minutes: number;
	
	    static createFrom(source: any = {}) {
	        return new DurationDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.kind = source["kind"];
	        this.n = source["n"];
	        this.medianMinutes = source["medianMinutes"];
	        this.p90Minutes = source["p90Minutes"];
	    }
	}
	export class SLAFigures {
	    from: string;
	    to: string;
	    asOf: string;
	    tickets: number;
	    noPolicy: number;
	    attainment: AttainmentDTO[];
	    durations: DurationDTO[];
	    byCategory: BreachGroupDTO[];
	    byHandler: BreachGroupDTO[];
	    byPriority: BreachGroupDTO[];
	    backlog: AgeBucketDTO[];
	
	    static createFrom(source: any = {}) {
	        return new SLAFigures(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.from = source["from"];
	        this.to = source["to"];
	        this.asOf = source["asOf"];
	        this.tickets = source["tickets"];
	        this.noPolicy = source["noPolicy"];
	        this.attainment = this.convertValues(source["attainment"], AttainmentDTO);
	        this.durations = this.convertValues(source["durations"], DurationDTO);
	        this.byCategory = this.convertValues(source["byCategory"], BreachGroupDTO);
	        this.byHandler = this.convertValues(source["byHandler"], BreachGroupDTO);
	        this.byPriority = this.convertValues(source["byPriority"], BreachGroupDTO);
	        this.backlog = this.convertValues(source["backlog"], AgeBucketDTO);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ComplaintsDTO {
	    from: string;
	    to: string;
	    previousFrom: string;
	    previousTo: string;
	    opened: number;
	    openedPrevious: number;
	    resolved: number;
	    resolvedPrevious: number;
	    backlog: number;
	    sla: SLAFigures;
	    trend: TicketMonthDTO[];
	    months: string[];
	    heatmap: HeatRowDTO[];
	
	    static createFrom(source: any = {}) {
	        return new ComplaintsDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.from = source["from"];
	        this.to = source["to"];
	        this.previousFrom = source["previousFrom"];
	        this.previousTo = source["previousTo"];
	        this.opened = source["opened"];
	        this.openedPrevious = source["openedPrevious"];
	        this.resolved = source["resolved"];
	        this.resolvedPrevious = source["resolvedPrevious"];
	        this.backlog = source["backlog"];
	        this.sla = this.convertValues(source["sla"], SLAFigures);
	        this.trend = this.convertValues(source["trend"], TicketMonthDTO);
	        this.months = source["months"];
	        this.heatmap = this.convertValues(source["heatmap"], HeatRowDTO);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class CustomerExportResult {
	    canceled: boolean;
	    path: string;
	    format: string;
	
	    static createFrom(source: any = {}) {
	        return new CustomerExportResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.canceled = source["canceled"];
	        this.path = source["path"];
	        this.format = source["format"];
	    }
	}
	
	export class CustomerInsightRow {
	    id: number;
	    name: string;
	    company: string;
	    region: string;
	    industry: string;
	    channel: string;
	    score?: number;
	    tier: string;
	    partial: boolean;
	    relationship: string;
	    lifecycle: string;
	    rfmSegment: string;
	    r: number;
	    f: number;
	    m: number;
	    fm: number;
	    doNotContact: boolean;
	
	    static createFrom(source: any = {}) {
	        return new CustomerInsightRow(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.company = source["company"];
	        this.region = source["region"];
	        this.industry = source["industry"];
	        this.channel = source["channel"];
	        this.score = source["score"];
	        this.tier = source["tier"];
	        this.partial = source["partial"];
	        this.relationship = source["relationship"];
	        this.lifecycle = source["lifecycle"];
	        this.rfmSegment = source["rfmSegment"];
	        this.r = source["r"];
	        this.f = source["f"];
	        this.m = source["m"];
	        this.fm = source["fm"];
	        this.doNotContact = source["doNotContact"];
	    }
	}
	export class FilterOptions {
	    regions: string[];
	    industries: string[];
	    channels: string[];
	    attributes: AttributeOption[];
	
	    static createFrom(source: any = {}) {
	        return new FilterOptions(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.regions = source["regions"];
	        this.industries = source["industries"];
	        this.channels = source["channels"];
	        this.attributes = this.convertValues(source["attributes"], AttributeOption);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class CustomerOverview {
	    at: string;
	    month: string;
	    total: number;
	    settings: customerscore.Settings;
	    rfmMode: string;
	    rfmScored: number;
	    rows: CustomerInsightRow[];
	    rfm: customerscore.RFMMap;
	    tiers: Record<string, number>;
	    relationships: Record<string, number>;
	    options: FilterOptions;
	
	    static createFrom(source: any = {}) {
	        return new CustomerOverview(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.at = source["at"];
	        this.month = source["month"];
	        this.total = source["total"];
	        this.settings = this.convertValues(source["settings"], customerscore.Settings);
	        this.rfmMode = source["rfmMode"];
	        this.rfmScored = source["rfmScored"];
	        this.rows = this.convertValues(source["rows"], CustomerInsightRow);
	        this.rfm = this.convertValues(source["rfm"], customerscore.RFMMap);
	        this.tiers = source["tiers"];
	        this.relationships = source["relationships"];
	        this.options = this.convertValues(source["options"], FilterOptions);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class MergeDTO {
	    id: number;
	    keptId: number;
	    mergedId: number;
	    responses: number;
	    tickets: number;
	    calls: number;
	    orders: number;
	    at: string;
	
	    static createFrom(source: any = {}) {
	        return new MergeDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.keptId = source["keptId"];
	        this.mergedId = source["mergedId"];
	        this.responses = source["responses"];
	        this.tickets = source["tickets"];
	        this.calls = source["calls"];
	        this.orders = source["orders"];
	        this.at = source["at"];
	    }
	}
	export class OrderTotalsDTO {
	    count: number;
	    amount: number;
	    refund: number;
	    net: number;
	
	    static createFrom(source: any = {}) {
	        return new OrderTotalsDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.count = source["count"];
	        this.amount = source["amount"];
	        this.refund = source["refund"];
	        this.net = source["net"];
	    }
	}
	export class ProfileOrderDTO {
	    id: number;
	    externalId: string;
	    at: string;
	    amount: number;
	    refund: number;
	
	    static createFrom(source: any = {}) {
	        return new ProfileOrderDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.externalId = source["externalId"];
	        this.at = source["at"];
	        this.amount = source["amount"];
	        this.refund = source["refund"];
	    }
	}
	export class ProfileCallDTO {
	    id: number;
	    at: string;
	    disposition: string;
	    reason: string;
	    ticketId: number;
	    responseId: number;
	    note: string;
	
	    static createFrom(source: any = {}) {
	        return new ProfileCallDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.at = source["at"];
	        this.disposition = source["disposition"];
	        this.reason = source["reason"];
	        this.ticketId = source["ticketId"];
	        this.responseId = source["responseId"];
	        this.note = source["note"];
	    }
	}
	export class SatisfactionDTO {
	    responseId: number;
	    surveyId: number;
	    survey: string;
	    at: string;
	    metric: string;
	    value: number;
	    scaleMin: number;
	    scaleMax: number;
	    comment: string;
	
	    static createFrom(source: any = {}) {
	        return new SatisfactionDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.responseId = source["responseId"];
	        this.surveyId = source["surveyId"];
	        this.survey = source["survey"];
	        this.at = source["at"];
	        this.metric = source["metric"];
	        this.value = source["value"];
	        this.scaleMin = source["scaleMin"];
	        this.scaleMax = source["scaleMax"];
	        this.comment = source["comment"];
	    }
	}
	export class ProfileScore {
	    score?: number;
	    tier: string;
	    partial: boolean;
	    missing: string[];
	    components: metrics.ScoreComponents;
	    contributions: metrics.ScoreComponents;
	    weights: metrics.ScoreWeights;
	    rfmSegment: string;
	    recency: number;
	    frequency: number;
	    monetary: number;
	    lifecycle: string;
	    relationship: string;
	    complaints: number;
	    breaches: number;
	    at: string;
	
	    static createFrom(source: any = {}) {
	        return new ProfileScore(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.score = source["score"];
	        this.tier = source["tier"];
	        this.partial = source["partial"];
	        this.missing = source["missing"];
	        this.components = this.convertValues(source["components"], metrics.ScoreComponents);
	        this.contributions = this.convertValues(source["contributions"], metrics.ScoreComponents);
	        this.weights = this.convertValues(source["weights"], metrics.ScoreWeights);
	        this.rfmSegment = source["rfmSegment"];
	        this.recency = source["recency"];
	        this.frequency = source["frequency"];
	        this.monetary = source["monetary"];
	        this.lifecycle = source["lifecycle"];
	        this.relationship = source["relationship"];
	        this.complaints = source["complaints"];
	        this.breaches = source["breaches"];
	        this.at = source["at"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class CustomerProfile {
	    id: number;
	    externalId: string;
	    name: string;
	    phone: string;
	    email: string;
	    company: string;
	    region: string;
	    industry: string;
	    channel: string;
	    attributes: AttributeDTO[];
	    consent: boolean;
	    doNotContact: boolean;
	    anonymisedAt: string;
	    mergedIntoId: number;
	    mergedFrom: number[];
	    createdAt: string;
	    tier: string;
	    relationship: string;
	    score?: ProfileScore;
	    satisfaction: SatisfactionDTO[];
	    complaints: ComplaintDTO[];
	    calls: ProfileCallDTO[];
	    orders: ProfileOrderDTO[];
	    orderTotals: OrderTotalsDTO;
	    merges: MergeDTO[];
	
	    static createFrom(source: any = {}) {
	        return new CustomerProfile(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.externalId = source["externalId"];
	        this.name = source["name"];
	        this.phone = source["phone"];
	        this.email = source["email"];
	        this.company = source["company"];
	        this.region = source["region"];
	        this.industry = source["industry"];
	        this.channel = source["channel"];
	        this.attributes = this.convertValues(source["attributes"], AttributeDTO);
	        this.consent = source["consent"];
	        this.doNotContact = source["doNotContact"];
	        this.anonymisedAt = source["anonymisedAt"];
	        this.mergedIntoId = source["mergedIntoId"];
	        this.mergedFrom = source["mergedFrom"];
	        this.createdAt = source["createdAt"];
	        this.tier = source["tier"];
	        this.relationship = source["relationship"];
	        this.score = this.convertValues(source["score"], ProfileScore);
	        this.satisfaction = this.convertValues(source["satisfaction"], SatisfactionDTO);
	        this.complaints = this.convertValues(source["complaints"], ComplaintDTO);
	        this.calls = this.convertValues(source["calls"], ProfileCallDTO);
	        this.orders = this.convertValues(source["orders"], ProfileOrderDTO);
	        this.orderTotals = this.convertValues(source["orderTotals"], OrderTotalsDTO);
	        this.merges = this.convertValues(source["merges"], MergeDTO);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class CustomerRow {
	    id: number;
	    name: string;
	    phone: string;
	    email: string;
	    company: string;
	    region: string;
	    tier: string;
	    doNotContact: boolean;
	
	    static createFrom(source: any = {}) {
	        return new CustomerRow(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.phone = source["phone"];
	        this.email = source["email"];
	        this.company = source["company"];
	        this.region = source["region"];
	        this.tier = source["tier"];
	        this.doNotContact = source["doNotContact"];
	    }
	}
	export class DashboardQuery {
	    from: string;
	    to: string;
	    surveyIds: number[];
	    trendMonths: number;
	    segments: feedback.Segments;
	    category: string;
	
	    static createFrom(source: any = {}) {
	        return new DashboardQuery(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.from = source["from"];
	        this.to = source["to"];
	        this.surveyIds = source["surveyIds"];
	        this.trendMonths = source["trendMonths"];
	        this.segments = this.convertValues(source["segments"], feedback.Segments);
	        this.category = source["category"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class DuplicateGroupDTO {
	    keys: string[];
	    members: CustomerRow[];
	
	    static createFrom(source: any = {}) {
	        return new DuplicateGroupDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.keys = source["keys"];
	        this.members = this.convertValues(source["members"], CustomerRow);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class SegmentDTO {
	    from: string;
	    to: string;
	    kind: string;
	    reason: string;
	    minutes: number;
	    projected: boolean;
	
	    static createFrom(source: any = {}) {
	        return new SegmentDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.from = source["from"];
	        this.to = source["to"];
	        this.kind = source["kind"];
	        this.reason = source["reason"];
	        this.minutes = source["minutes"];
	        this.projected = source["projected"];
	    }
	}
	export class TimelineDTO {
	    kind: string;
	    target: SLATarget;
	    segments: SegmentDTO[];
	    facts: string[];
	
	    static createFrom(source: any = {}) {
	        return new TimelineDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.kind = source["kind"];
	        this.target = this.convertValues(source["target"], SLATarget);
	        this.segments = this.convertValues(source["segments"], SegmentDTO);
	        this.facts = source["facts"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ExplainDTO {
	    ticketId: number;
	    whatIf: boolean;
	    applies: boolean;
	    policy: string;
	    policyVersion: number;
	    asOf: string;
	    timelines: TimelineDTO[];
	
	    static createFrom(source: any = {}) {
	        return new ExplainDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.ticketId = source["ticketId"];
	        this.whatIf = source["whatIf"];
	        this.applies = source["applies"];
	        this.policy = source["policy"];
	        this.policyVersion = source["policyVersion"];
	        this.asOf = source["asOf"];
	        this.timelines = this.convertValues(source["timelines"], TimelineDTO);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ExportRequest {
	    kind: string;
	    from: string;
	    to: string;
	    format: string;
	    encoding: string;
	    surveyIds: number[];
	    lang: string;
	
	    static createFrom(source: any = {}) {
	        return new ExportRequest(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.kind = source["kind"];
	        this.from = source["from"];
	        this.to = source["to"];
	        this.format = source["format"];
	        this.encoding = source["encoding"];
	        this.surveyIds = source["surveyIds"];
	        this.lang = source["lang"];
	    }
	}
	export class ExportResult {
	    canceled: boolean;
	    jobId: string;
	    path: string;
	    kind: string;
	    format: string;
	    encoding: string;
	    rows: number;
	    neutralized: number;
	    truncated: number;
	    bytes: number;
	
	    static createFrom(source: any = {}) {
	        return new ExportResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.canceled = source["canceled"];
	        this.jobId = source["jobId"];
	        this.path = source["path"];
	        this.kind = source["kind"];
	        this.format = source["format"];
	        this.encoding = source["encoding"];
	        this.rows = source["rows"];
	        this.neutralized = source["neutralized"];
	        this.truncated = source["truncated"];
	        this.bytes = source["bytes"];
	    }
	}
	export class Facets {
	    channels: string[];
	    regions: string[];
	    products: string[];
	    agents: string[];
	    tags: string[];
	
	    static createFrom(source: any = {}) {
	        return new Facets(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.channels = source["channels"];
	        this.regions = source["regions"];
	        this.products = source["products"];
	        this.agents = source["agents"];
	        this.tags = source["tags"];
	    }
	}
	export class FileChoice {
	    canceled: boolean;
	    fileId: string;
	    name: string;
	    size: number;
	    format: string;
	    encoding: string;
	    delimiter: string;
	    sheets: string[];
	    sheet: string;
	
	    static createFrom(source: any = {}) {
	        return new FileChoice(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.canceled = source["canceled"];
	        this.fileId = source["fileId"];
	        this.name = source["name"];
	        this.size = source["size"];
	        this.format = source["format"];
	        this.encoding = source["encoding"];
	        this.delimiter = source["delimiter"];
	        this.sheets = source["sheets"];
	        this.sheet = source["sheet"];
	    }
	}
	export class FileResult {
	    canceled: boolean;
	    path: string;
	
	    static createFrom(source: any = {}) {
	        return new FileResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.canceled = source["canceled"];
	        this.path = source["path"];
	    }
	}
	
	export class FollowUpSettings {
	    surveyId?: number;
	    resolvedWithinDays: number;
	    detractorWithinDays: number;
	    doNotContactDays: number;
	    retryAfterMinutes: number;
	    maxAttempts: number;
	
	    static createFrom(source: any = {}) {
	        return new FollowUpSettings(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.surveyId = source["surveyId"];
	        this.resolvedWithinDays = source["resolvedWithinDays"];
	        this.detractorWithinDays = source["detractorWithinDays"];
	        this.doNotContactDays = source["doNotContactDays"];
	        this.retryAfterMinutes = source["retryAfterMinutes"];
	        this.maxAttempts = source["maxAttempts"];
	    }
	}
	export class HandlerDTO {
	    id: number;
	    name: string;
	    team: string;
	    email: string;
	    active: boolean;
	
	    static createFrom(source: any = {}) {
	        return new HandlerDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.team = source["team"];
	        this.email = source["email"];
	        this.active = source["active"];
	    }
	}
	
	export class HolidayImportResult {
	    canceled: boolean;
	    file: string;
	    imported: number;
	    calendar: CalendarDTO;
	
	    static createFrom(source: any = {}) {
	        return new HolidayImportResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.canceled = source["canceled"];
	        this.file = source["file"];
	        this.imported = source["imported"];
	        this.calendar = this.convertValues(source["calendar"], CalendarDTO);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class OptionDTO {
	    value: string;
	    label: string;
	    labelEn: string;
	
	    static createFrom(source: any = {}) {
	        return new OptionDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.value = source["value"];
	        this.label = source["label"];
	        this.labelEn = source["labelEn"];
	    }
	}
	export class QuestionDTO {
	    id: number;
	    type: string;
	    title: string;
	    titleEn: string;
	    required: boolean;
	    role: string;
	    scaleMin: number;
	    scaleMax: number;
	    inverted: boolean;
	    longText: boolean;
	    options: OptionDTO[];
	    locked: boolean;
	
	    static createFrom(source: any = {}) {
	        return new QuestionDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.type = source["type"];
	        this.title = source["title"];
	        this.titleEn = source["titleEn"];
	        this.required = source["required"];
	        this.role = source["role"];
	        this.scaleMin = source["scaleMin"];
	        this.scaleMax = source["scaleMax"];
	        this.inverted = source["inverted"];
	        this.longText = source["longText"];
	        this.options = this.convertValues(source["options"], OptionDTO);
	        this.locked = source["locked"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class SurveyDTO {
	    id: number;
	    title: string;
	    titleEn: string;
	    description: string;
	    descriptionEn: string;
	    status: string;
	    responses: number;
	    questions: QuestionDTO[];
	
	    static createFrom(source: any = {}) {
	        return new SurveyDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.title = source["title"];
	        this.titleEn = source["titleEn"];
	        this.description = source["description"];
	        this.descriptionEn = source["descriptionEn"];
	        this.status = source["status"];
	        this.responses = source["responses"];
	        this.questions = this.convertValues(source["questions"], QuestionDTO);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ImportDefinitionResult {
	    canceled: boolean;
	    path: string;
	    survey: SurveyDTO;
	
	    static createFrom(source: any = {}) {
	        return new ImportDefinitionResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.canceled = source["canceled"];
	        this.path = source["path"];
	        this.survey = this.convertValues(source["survey"], SurveyDTO);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class KioskStatus {
	    pinSet: boolean;
	    surveyId?: number;
	
	    static createFrom(source: any = {}) {
	        return new KioskStatus(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.pinSet = source["pinSet"];
	        this.surveyId = source["surveyId"];
	    }
	}
	export class LoadedMapping {
	    canceled: boolean;
	    path: string;
	    name: string;
	    mapping: importer.Mapping;
	
	    static createFrom(source: any = {}) {
	        return new LoadedMapping(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.canceled = source["canceled"];
	        this.path = source["path"];
	        this.name = source["name"];
	        this.mapping = this.convertValues(source["mapping"], importer.Mapping);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class NotificationDTO {
	    id: string;
	    ticketId: number;
	    title: string;
	    priority: number;
	    handlerName: string;
	    target: string;
	    type: string;
	    percent: number;
	    level: number;
	    name: string;
	    notify: string;
	    scheduled: string;
	    at: string;
	    shifted: boolean;
	
	    static createFrom(source: any = {}) {
	        return new NotificationDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.ticketId = source["ticketId"];
	        this.title = source["title"];
	        this.priority = source["priority"];
	        this.handlerName = source["handlerName"];
	        this.target = source["target"];
	        this.type = source["type"];
	        this.percent = source["percent"];
	        this.level = source["level"];
	        this.name = source["name"];
	        this.notify = source["notify"];
	        this.scheduled = source["scheduled"];
	        this.at = source["at"];
	        this.shifted = source["shifted"];
	    }
	}
	
	
	
	export class PolicyDTO {
	    id: number;
	    position: number;
	    createdAt: string;
	    policy: sla.Policy;
	
	    static createFrom(source: any = {}) {
	        return new PolicyDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.position = source["position"];
	        this.createdAt = source["createdAt"];
	        this.policy = this.convertValues(source["policy"], sla.Policy);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Preferences {
	    language: string;
	    theme: string;
	
	    static createFrom(source: any = {}) {
	        return new Preferences(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.language = source["language"];
	        this.theme = source["theme"];
	    }
	}
	export class Suggestion {
	    column: string;
	    target: string;
	    confidence: number;
	    reason: string;
	
	    static createFrom(source: any = {}) {
	        return new Suggestion(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.column = source["column"];
	        this.target = source["target"];
	        this.confidence = source["confidence"];
	        this.reason = source["reason"];
	    }
	}
	export class PreviewRow {
	    row: number;
	    cells: string[];
	
	    static createFrom(source: any = {}) {
	        return new PreviewRow(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.row = source["row"];
	        this.cells = source["cells"];
	    }
	}
	export class PreviewColumn {
	    index: number;
	    letter: string;
	    name: string;
	    generated: boolean;
	    samples: string[];
	    dateOrder: string;
	    dateEvidence: string;
	
	    static createFrom(source: any = {}) {
	        return new PreviewColumn(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.index = source["index"];
	        this.letter = source["letter"];
	        this.name = source["name"];
	        this.generated = source["generated"];
	        this.samples = source["samples"];
	        this.dateOrder = source["dateOrder"];
	        this.dateEvidence = source["dateEvidence"];
	    }
	}
	export class Preview {
	    fileId: string;
	    name: string;
	    format: string;
	    encoding: string;
	    delimiter: string;
	    sheet: string;
	    sheets: string[];
	    headerRow: number;
	    date1904: boolean;
	    columns: PreviewColumn[];
	    rows: PreviewRow[];
	    signature: string;
	    remembered: boolean;
	    mapping: importer.Mapping;
	    suggestions: Suggestion[];
	
	    static createFrom(source: any = {}) {
	        return new Preview(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.fileId = source["fileId"];
	        this.name = source["name"];
	        this.format = source["format"];
	        this.encoding = source["encoding"];
	        this.delimiter = source["delimiter"];
	        this.sheet = source["sheet"];
	        this.sheets = source["sheets"];
	        this.headerRow = source["headerRow"];
	        this.date1904 = source["date1904"];
	        this.columns = this.convertValues(source["columns"], PreviewColumn);
	        this.rows = this.convertValues(source["rows"], PreviewRow);
	        this.signature = source["signature"];
	        this.remembered = source["remembered"];
	        this.mapping = this.convertValues(source["mapping"], importer.Mapping);
	        this.suggestions = this.convertValues(source["suggestions"], Suggestion);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class PreviewRequest {
	    fileId: string;
	    sheet: string;
	    headerRow: number;
	    target: string;
	
	    static createFrom(source: any = {}) {
	        return new PreviewRequest(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.fileId = source["fileId"];
	        this.sheet = source["sheet"];
	        this.headerRow = source["headerRow"];
	        this.target = source["target"];
	    }
	}
	
	export class PrivacyLogEntry {
	    id: number;
	    action: string;
	    customerId: number;
	    months: number;
	    cutoff: string;
	    customers: number;
	    responses: number;
	    tickets: number;
	    calls: number;
	    orders: number;
	    texts: number;
	    at: string;
	
	    static createFrom(source: any = {}) {
	        return new PrivacyLogEntry(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.action = source["action"];
	        this.customerId = source["customerId"];
	        this.months = source["months"];
	        this.cutoff = source["cutoff"];
	        this.customers = source["customers"];
	        this.responses = source["responses"];
	        this.tickets = source["tickets"];
	        this.calls = source["calls"];
	        this.orders = source["orders"];
	        this.texts = source["texts"];
	        this.at = source["at"];
	    }
	}
	export class PrivacyResultDTO {
	    customerId: number;
	    customers: number;
	    responses: number;
	    tickets: number;
	    calls: number;
	    orders: number;
	    texts: number;
	    checkpointed: boolean;
	
	    static createFrom(source: any = {}) {
	        return new PrivacyResultDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.customerId = source["customerId"];
	        this.customers = source["customers"];
	        this.responses = source["responses"];
	        this.tickets = source["tickets"];
	        this.calls = source["calls"];
	        this.orders = source["orders"];
	        this.texts = source["texts"];
	        this.checkpointed = source["checkpointed"];
	    }
	}
	
	
	
	
	export class ReportRequest {
	    month: string;
	    from: string;
	    to: string;
	    lang: string;
	    surveyIds: number[];
	    segments: feedback.Segments;
	    includeData: boolean;
	
	    static createFrom(source: any = {}) {
	        return new ReportRequest(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.month = source["month"];
	        this.from = source["from"];
	        this.to = source["to"];
	        this.lang = source["lang"];
	        this.surveyIds = source["surveyIds"];
	        this.segments = this.convertValues(source["segments"], feedback.Segments);
	        this.includeData = source["includeData"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ReportResult {
	    canceled: boolean;
	    jobId: string;
	    path: string;
	    from: string;
	    to: string;
	    lang: string;
	    sheets: string[];
	    responses: number;
	    tickets: number;
	    bytes: number;
	
	    static createFrom(source: any = {}) {
	        return new ReportResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.canceled = source["canceled"];
	        this.jobId = source["jobId"];
	        this.path = source["path"];
	        this.from = source["from"];
	        this.to = source["to"];
	        this.lang = source["lang"];
	        this.sheets = source["sheets"];
	        this.responses = source["responses"];
	        this.tickets = source["tickets"];
	        this.bytes = source["bytes"];
	    }
	}
	
	
	export class ResponseRow {
	    id: number;
	    surveyId: number;
	    surveyTitle: string;
	    submittedAt: string;
	    source: string;
	    customerId?: number;
	    customerName: string;
	    channel: string;
	    region: string;
	    product: string;
	    agent: string;
	    nps?: number;
	    csat?: number;
	    comment: string;
	    tags: string[];
	
	    static createFrom(source: any = {}) {
	        return new ResponseRow(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.surveyId = source["surveyId"];
	        this.surveyTitle = source["surveyTitle"];
	        this.submittedAt = source["submittedAt"];
	        this.source = source["source"];
	        this.customerId = source["customerId"];
	        this.customerName = source["customerName"];
	        this.channel = source["channel"];
	        this.region = source["region"];
	        this.product = source["product"];
	        this.agent = source["agent"];
	        this.nps = source["nps"];
	        this.csat = source["csat"];
	        this.comment = source["comment"];
	        this.tags = source["tags"];
	    }
	}
	export class ResponsePage {
	    items: ResponseRow[];
	    total: number;
	
	    static createFrom(source: any = {}) {
	        return new ResponsePage(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.items = this.convertValues(source["items"], ResponseRow);
	        this.total = source["total"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ResponseQuery {
	    surveyId?: number;
	    surveyIds: number[];
	    from: string;
	    to: string;
	    channel: string;
	    region: string;
	    product: string;
	    agent: string;
	    band: string;
	    search: string;
	    tag: string;
	    theme: string;
	    offset: number;
	    limit: number;
	
	    static createFrom(source: any = {}) {
	        return new ResponseQuery(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.surveyId = source["surveyId"];
	        this.surveyIds = source["surveyIds"];
	        this.from = source["from"];
	        this.to = source["to"];
	        this.channel = source["channel"];
	        this.region = source["region"];
	        this.product = source["product"];
	        this.agent = source["agent"];
	        this.band = source["band"];
	        this.search = source["search"];
	        this.tag = source["tag"];
	        this.theme = source["theme"];
	        this.offset = source["offset"];
	        this.limit = source["limit"];
	    }
	}
	
	export class RestoreResult {
	    canceled: boolean;
	    path: string;
	    safetyCopy: string;
	    stats: feedback.Stats;
	
	    static createFrom(source: any = {}) {
	        return new RestoreResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.canceled = source["canceled"];
	        this.path = source["path"];
	        this.safetyCopy = source["safetyCopy"];
	        this.stats = this.convertValues(source["stats"], feedback.Stats);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class RetagProgress {
	    state: string;
	    done: number;
	    total: number;
	    tagged: number;
	    errorKey?: string;
	    error?: string;
	
	    static createFrom(source: any = {}) {
	        return new RetagProgress(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.state = source["state"];
	        this.done = source["done"];
	        this.total = source["total"];
	        this.tagged = source["tagged"];
	        this.errorKey = source["errorKey"];
	        this.error = source["error"];
	    }
	}
	export class RetentionDTO {
	    months: number;
	    log: PrivacyLogEntry[];
	
	    static createFrom(source: any = {}) {
	        return new RetentionDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.months = source["months"];
	        this.log = this.convertValues(source["log"], PrivacyLogEntry);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class RowError {
	    row: number;
	    column: string;
	    code: string;
	    key: string;
	    message: string;
	    params: Record<string, any>;
	
	    static createFrom(source: any = {}) {
	        return new RowError(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.row = source["row"];
	        this.column = source["column"];
	        this.code = source["code"];
	        this.key = source["key"];
	        this.message = source["message"];
	        this.params = source["params"];
	    }
	}
	export class RunRequest {
	    fileId: string;
	    target: string;
	    surveyId?: number;
	    newSurveyName: string;
	    mapping: importer.Mapping;
	    onError: string;
	
	    static createFrom(source: any = {}) {
	        return new RunRequest(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.fileId = source["fileId"];
	        this.target = source["target"];
	        this.surveyId = source["surveyId"];
	        this.newSurveyName = source["newSurveyName"];
	        this.mapping = this.convertValues(source["mapping"], importer.Mapping);
	        this.onError = source["onError"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class RunSummary {
	    jobId: string;
	    dryRun: boolean;
	    canceled: boolean;
	    aborted: boolean;
	    rows: number;
	    valid: number;
	    imported: number;
	    duplicates: number;
	    rejected: number;
	    rejectedByReason: Record<string, number>;
	    errors: RowError[];
	    surveyId?: number;
	    batchId?: number;
	    fileHash: string;
	    dateOrders: Record<string, string>;
	    elapsedMs: number;
	
	    static createFrom(source: any = {}) {
	        return new RunSummary(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.jobId = source["jobId"];
	        this.dryRun = source["dryRun"];
	        this.canceled = source["canceled"];
	        this.aborted = source["aborted"];
	        this.rows = source["rows"];
	        this.valid = source["valid"];
	        this.imported = source["imported"];
	        this.duplicates = source["duplicates"];
	        this.rejected = source["rejected"];
	        this.rejectedByReason = source["rejectedByReason"];
	        this.errors = this.convertValues(source["errors"], RowError);
	        this.surveyId = source["surveyId"];
	        this.batchId = source["batchId"];
	        this.fileHash = source["fileHash"];
	        this.dateOrders = source["dateOrders"];
	        this.elapsedMs = source["elapsedMs"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	
	
	
	export class SnapshotDTO {
	    month: string;
	    takenAt: string;
	    asOf: string;
	    customers: number;
	    scored: number;
	    high: number;
	    medium: number;
	    low: number;
	    current: boolean;
	
	    static createFrom(source: any = {}) {
	        return new SnapshotDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.month = source["month"];
	        this.takenAt = source["takenAt"];
	        this.asOf = source["asOf"];
	        this.customers = source["customers"];
	        this.scored = source["scored"];
	        this.high = source["high"];
	        this.medium = source["medium"];
	        this.low = source["low"];
	        this.current = source["current"];
	    }
	}
	
	
	export class VerbatimDTO {
	    responseId: number;
	    submittedAt: string;
	    score: number;
	    comment: string;
	    customerName: string;
	    channel: string;
	
	    static createFrom(source: any = {}) {
	        return new VerbatimDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.responseId = source["responseId"];
	        this.submittedAt = source["submittedAt"];
	        this.score = source["score"];
	        this.comment = source["comment"];
	        this.customerName = source["customerName"];
	        this.channel = source["channel"];
	    }
	}
	export class TrendPoint {
	    month: string;
	    responses: number;
	    nps?: metrics.NPS;
	    csat?: metrics.CSAT;
	
	    static createFrom(source: any = {}) {
	        return new TrendPoint(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.month = source["month"];
	        this.responses = source["responses"];
	        this.nps = this.convertValues(source["nps"], metrics.NPS);
	        this.csat = this.convertValues(source["csat"], metrics.CSAT);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class SurveyOverview {
	    surveyId: number;
	    from: string;
	    to: string;
	    responses: number;
	    nps?: metrics.NPS;
	    csat?: metrics.CSAT;
	    ces?: metrics.CES;
	    histogram: number[];
	    trend: TrendPoint[];
	    detractors: VerbatimDTO[];
	
	    static createFrom(source: any = {}) {
	        return new SurveyOverview(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.surveyId = source["surveyId"];
	        this.from = source["from"];
	        this.to = source["to"];
	        this.responses = source["responses"];
	        this.nps = this.convertValues(source["nps"], metrics.NPS);
	        this.csat = this.convertValues(source["csat"], metrics.CSAT);
	        this.ces = this.convertValues(source["ces"], metrics.CES);
	        this.histogram = source["histogram"];
	        this.trend = this.convertValues(source["trend"], TrendPoint);
	        this.detractors = this.convertValues(source["detractors"], VerbatimDTO);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class SurveySummary {
	    id: number;
	    title: string;
	    titleEn: string;
	    status: string;
	    responses: number;
	    questions: number;
	    createdAt: string;
	    updatedAt: string;
	
	    static createFrom(source: any = {}) {
	        return new SurveySummary(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.title = source["title"];
	        this.titleEn = source["titleEn"];
	        this.status = source["status"];
	        this.responses = source["responses"];
	        this.questions = source["questions"];
	        this.createdAt = source["createdAt"];
	        this.updatedAt = source["updatedAt"];
	    }
	}
	export class TemplateDTO {
	    key: string;
	    title: string;
	    titleEn: string;
	    description: string;
	    descriptionEn: string;
	    survey: SurveyDTO;
	
	    static createFrom(source: any = {}) {
	        return new TemplateDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.key = source["key"];
	        this.title = source["title"];
	        this.titleEn = source["titleEn"];
	        this.description = source["description"];
	        this.descriptionEn = source["descriptionEn"];
	        this.survey = this.convertValues(source["survey"], SurveyDTO);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class TicketCategoryDTO {
	    key: string;
	    parent: string;
	    name: string;
	    nameEn: string;
	
	    static createFrom(source: any = {}) {
	        return new TicketCategoryDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.key = source["key"];
	        this.parent = source["parent"];
	        this.name = source["name"];
	        this.nameEn = source["nameEn"];
	    }
	}
	export class TicketDTO {
	    id: number;
	    title: string;
	    description: string;
	    customerId?: number;
	    customerName: string;
	    channel: string;
	    category: string;
	    subcategory: string;
	    priority: number;
	    status: string;
	    statusCategory: string;
	    handlerId?: number;
	    handlerName: string;
	    responseId?: number;
	    tags: string[];
	    createdAt: string;
	    updatedAt: string;
	
	    static createFrom(source: any = {}) {
	        return new TicketDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.title = source["title"];
	        this.description = source["description"];
	        this.customerId = source["customerId"];
	        this.customerName = source["customerName"];
	        this.channel = source["channel"];
	        this.category = source["category"];
	        this.subcategory = source["subcategory"];
	        this.priority = source["priority"];
	        this.status = source["status"];
	        this.statusCategory = source["statusCategory"];
	        this.handlerId = source["handlerId"];
	        this.handlerName = source["handlerName"];
	        this.responseId = source["responseId"];
	        this.tags = source["tags"];
	        this.createdAt = source["createdAt"];
	        this.updatedAt = source["updatedAt"];
	    }
	}
	export class TicketEventDTO {
	    id: number;
	    at: string;
	    kind: string;
	    actor: string;
	    from: string;
	    to: string;
	    direction: string;
	    channel: string;
	    body: string;
	
	    static createFrom(source: any = {}) {
	        return new TicketEventDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.at = source["at"];
	        this.kind = source["kind"];
	        this.actor = source["actor"];
	        this.from = source["from"];
	        this.to = source["to"];
	        this.direction = source["direction"];
	        this.channel = source["channel"];
	        this.body = source["body"];
	    }
	}
	export class TicketDetail {
	    ticket: TicketDTO;
	    events: TicketEventDTO[];
	    replies: TicketEventDTO[];
	    notes: TicketEventDTO[];
	    policy: string;
	    policyVersion: number;
	    sla: SLATarget[];
	
	    static createFrom(source: any = {}) {
	        return new TicketDetail(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.ticket = this.convertValues(source["ticket"], TicketDTO);
	        this.events = this.convertValues(source["events"], TicketEventDTO);
	        this.replies = this.convertValues(source["replies"], TicketEventDTO);
	        this.notes = this.convertValues(source["notes"], TicketEventDTO);
	        this.policy = source["policy"];
	        this.policyVersion = source["policyVersion"];
	        this.sla = this.convertValues(source["sla"], SLATarget);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class TicketFilterInput {
	    statusCategories: string[];
	    priorities: number[];
	    handlerId?: number;
	    category: string;
	    theme: string;
	    breached: boolean;
	    atRisk: boolean;
	    from: string;
	    to: string;
	    offset: number;
	    limit: number;
	
	    static createFrom(source: any = {}) {
	        return new TicketFilterInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.statusCategories = source["statusCategories"];
	        this.priorities = source["priorities"];
	        this.handlerId = source["handlerId"];
	        this.category = source["category"];
	        this.theme = source["theme"];
	        this.breached = source["breached"];
	        this.atRisk = source["atRisk"];
	        this.from = source["from"];
	        this.to = source["to"];
	        this.offset = source["offset"];
	        this.limit = source["limit"];
	    }
	}
	export class TicketInput {
	    title: string;
	    description: string;
	    customerId?: number;
	    channel: string;
	    category: string;
	    subcategory: string;
	    priority: number;
	    status: string;
	    handlerId?: number;
	    responseId?: number;
	    tags: string[];
	
	    static createFrom(source: any = {}) {
	        return new TicketInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.title = source["title"];
	        this.description = source["description"];
	        this.customerId = source["customerId"];
	        this.channel = source["channel"];
	        this.category = source["category"];
	        this.subcategory = source["subcategory"];
	        this.priority = source["priority"];
	        this.status = source["status"];
	        this.handlerId = source["handlerId"];
	        this.responseId = source["responseId"];
	        this.tags = source["tags"];
	    }
	}
	
	export class TicketRow {
	    ticket: TicketDTO;
	    sla: SLATarget[];
	    breached: boolean;
	    atRisk: boolean;
	
	    static createFrom(source: any = {}) {
	        return new TicketRow(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.ticket = this.convertValues(source["ticket"], TicketDTO);
	        this.sla = this.convertValues(source["sla"], SLATarget);
	        this.breached = source["breached"];
	        this.atRisk = source["atRisk"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class TicketPage {
	    rows: TicketRow[];
	    total: number;
	
	    static createFrom(source: any = {}) {
	        return new TicketPage(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.rows = this.convertValues(source["rows"], TicketRow);
	        this.total = source["total"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class TicketStatusDTO {
	    key: string;
	    name: string;
	    nameEn: string;
	    category: string;
	
	    static createFrom(source: any = {}) {
	        return new TicketStatusDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.key = source["key"];
	        this.name = source["name"];
	        this.nameEn = source["nameEn"];
	        this.category = source["category"];
	    }
	}
	export class TicketView {
	    name: string;
	    filter: TicketFilterInput;
	
	    static createFrom(source: any = {}) {
	        return new TicketView(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.name = source["name"];
	        this.filter = this.convertValues(source["filter"], TicketFilterInput);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	

}

export namespace careloop {
	
	export class Params {
	    npsMax: number;
	    csatMax: number;
	    category: string;
	    priority: number;
	    lookbackDays: number;
	    delayDays: number;
	    intervalDays: number;
	    minScoreDrop: number;
	
	    static createFrom(source: any = {}) {
	        return new Params(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.npsMax = source["npsMax"];
	        this.csatMax = source["csatMax"];
	        this.category = source["category"];
	        this.priority = source["priority"];
	        this.lookbackDays = source["lookbackDays"];
	        this.delayDays = source["delayDays"];
	        this.intervalDays = source["intervalDays"];
	        this.minScoreDrop = source["minScoreDrop"];
	    }
	}

}

export namespace customerscore {
	
	export class Customer {
	    id: number;
	    name: string;
	    phone: string;
	    email: string;
	    company: string;
	    region: string;
	    industry: string;
	    channel: string;
	    doNotContact: boolean;
	    attributes: Record<string, string>;
	    score?: number;
	    tier: string;
	    partial: boolean;
	    missing: string[];
	    components: metrics.ScoreComponents;
	    contributions: metrics.ScoreComponents;
	    weights: metrics.ScoreWeights;
	    loyalty: metrics.LoyaltyParts;
	    rfm: metrics.CustomerRFM;
	    lifecycle: string;
	    relationship: string;
	    complaints: number;
	    breaches: number;
	    openComplaints: number;
	
	    static createFrom(source: any = {}) {
	        return new Customer(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.phone = source["phone"];
	        this.email = source["email"];
	        this.company = source["company"];
	        this.region = source["region"];
	        this.industry = source["industry"];
	        this.channel = source["channel"];
	        this.doNotContact = source["doNotContact"];
	        this.attributes = source["attributes"];
	        this.score = source["score"];
	        this.tier = source["tier"];
	        this.partial = source["partial"];
	        this.missing = source["missing"];
	        this.components = this.convertValues(source["components"], metrics.ScoreComponents);
	        this.contributions = this.convertValues(source["contributions"], metrics.ScoreComponents);
	        this.weights = this.convertValues(source["weights"], metrics.ScoreWeights);
	        this.loyalty = this.convertValues(source["loyalty"], metrics.LoyaltyParts);
	        this.rfm = this.convertValues(source["rfm"], metrics.CustomerRFM);
	        this.lifecycle = source["lifecycle"];
	        this.relationship = source["relationship"];
	        this.complaints = source["complaints"];
	        this.breaches = source["breaches"];
	        this.openComplaints = source["openComplaints"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Filter {
	    search: string;
	    regions: string[];
	    industries: string[];
	    channels: string[];
	    tiers: string[];
	    relationships: string[];
	    rfmSegments: string[];
	    lifecycles: string[];
	    scoreMin?: number;
	    scoreMax?: number;
	    attributes: Record<string, Array<string>>;
	
	    static createFrom(source: any = {}) {
	        return new Filter(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.search = source["search"];
	        this.regions = source["regions"];
	        this.industries = source["industries"];
	        this.channels = source["channels"];
	        this.tiers = source["tiers"];
	        this.relationships = source["relationships"];
	        this.rfmSegments = source["rfmSegments"];
	        this.lifecycles = source["lifecycles"];
	        this.scoreMin = source["scoreMin"];
	        this.scoreMax = source["scoreMax"];
	        this.attributes = source["attributes"];
	    }
	}
	export class Migration {
	    fromMonth: string;
	    toMonth: string;
	    from: string[];
	    to: string[];
	    counts: number[][];
	    total: number;
	    up: number;
	    down: number;
	    same: number;
	    taken: string[];
	
	    static createFrom(source: any = {}) {
	        return new Migration(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.fromMonth = source["fromMonth"];
	        this.toMonth = source["toMonth"];
	        this.from = source["from"];
	        this.to = source["to"];
	        this.counts = source["counts"];
	        this.total = source["total"];
	        this.up = source["up"];
	        this.down = source["down"];
	        this.same = source["same"];
	        this.taken = source["taken"];
	    }
	}
	export class MonthCount {
	    month: string;
	    customers: number;
	
	    static createFrom(source: any = {}) {
	        return new MonthCount(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.month = source["month"];
	        this.customers = source["customers"];
	    }
	}
	export class RFMMap {
	    mode: string;
	    counts: number[][];
	    segments: Record<string, number>;
	    unscored: number;
	    rules: metrics.RFMSegmentRule[];
	
	    static createFrom(source: any = {}) {
	        return new RFMMap(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.mode = source["mode"];
	        this.counts = source["counts"];
	        this.segments = source["segments"];
	        this.unscored = source["unscored"];
	        this.rules = this.convertValues(source["rules"], metrics.RFMSegmentRule);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Rates {
	    segmentId: number;
	    segmentName: string;
	    customers: number;
	    // Go type: time
	    start: any;
	    // Go type: time
	    end: any;
	    inactivity_days: number;
	    // Go type: metrics
	    churn: any;
	    // Go type: metrics
	    repeat_purchase: any;
	    // Go type: metrics
	    referral: any;
	    // Go type: metrics
	    complaint: any;
	    // Go type: metrics
	    complainants: any;
	    referralsRecorded: boolean;
	
	    static createFrom(source: any = {}) {
	        return new Rates(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.segmentId = source["segmentId"];
	        this.segmentName = source["segmentName"];
	        this.customers = source["customers"];
	        this.start = this.convertValues(source["start"], null);
	        this.end = this.convertValues(source["end"], null);
	        this.inactivity_days = source["inactivity_days"];
	        this.churn = this.convertValues(source["churn"], null);
	        this.repeat_purchase = this.convertValues(source["repeat_purchase"], null);
	        this.referral = this.convertValues(source["referral"], null);
	        this.complaint = this.convertValues(source["complaint"], null);
	        this.complainants = this.convertValues(source["complainants"], null);
	        this.referralsRecorded = source["referralsRecorded"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Segment {
	    id: number;
	    name: string;
	    filter: Filter;
	    // Go type: time
	    createdAt: any;
	    // Go type: time
	    updatedAt: any;
	
	    static createFrom(source: any = {}) {
	        return new Segment(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.filter = this.convertValues(source["filter"], Filter);
	        this.createdAt = this.convertValues(source["createdAt"], null);
	        this.updatedAt = this.convertValues(source["updatedAt"], null);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Settings {
	    weights: metrics.ScoreWeights;
	    tiers: metrics.TierThresholds;
	    windowDays: number;
	    rfmMode: string;
	
	    static createFrom(source: any = {}) {
	        return new Settings(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.weights = this.convertValues(source["weights"], metrics.ScoreWeights);
	        this.tiers = this.convertValues(source["tiers"], metrics.TierThresholds);
	        this.windowDays = source["windowDays"];
	        this.rfmMode = source["rfmMode"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}

}

export namespace dashboard {
	
	export class Breakdown {
	    by: string;
	    groups: metrics.GroupSummary[];
	
	    static createFrom(source: any = {}) {
	        return new Breakdown(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.by = source["by"];
	        this.groups = this.convertValues(source["groups"], metrics.GroupSummary);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Headline {
	    current: metrics.GroupSummary;
	    previous: metrics.GroupSummary;
	    nps_change?: metrics.Change;
	    csat_change?: metrics.Change;
	
	    static createFrom(source: any = {}) {
	        return new Headline(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.current = this.convertValues(source["current"], metrics.GroupSummary);
	        this.previous = this.convertValues(source["previous"], metrics.GroupSummary);
	        this.nps_change = this.convertValues(source["nps_change"], metrics.Change);
	        this.csat_change = this.convertValues(source["csat_change"], metrics.Change);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Surveys {
	    from: string;
	    to: string;
	    previous_from: string;
	    previous_to: string;
	    summaries: boolean;
	    headline: Headline;
	    trend: metrics.GroupSummary[];
	    breakdowns: Breakdown[];
	
	    static createFrom(source: any = {}) {
	        return new Surveys(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.from = source["from"];
	        this.to = source["to"];
	        this.previous_from = source["previous_from"];
	        this.previous_to = source["previous_to"];
	        this.summaries = source["summaries"];
	        this.headline = this.convertValues(source["headline"], Headline);
	        this.trend = this.convertValues(source["trend"], metrics.GroupSummary);
	        this.breakdowns = this.convertValues(source["breakdowns"], Breakdown);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ThemeFigure {
	    key: string;
	    name: string;
	    name_en: string;
	    mentions: number;
	    share: number;
	    impact: themes.Impact;
	    counts: number[];
	    ticket_mentions: number;
	
	    static createFrom(source: any = {}) {
	        return new ThemeFigure(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.key = source["key"];
	        this.name = source["name"];
	        this.name_en = source["name_en"];
	        this.mentions = source["mentions"];
	        this.share = source["share"];
	        this.impact = this.convertValues(source["impact"], themes.Impact);
	        this.counts = source["counts"];
	        this.ticket_mentions = source["ticket_mentions"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ThemeFigures {
	    from: string;
	    to: string;
	    texts: number;
	    tickets: number;
	    months: string[];
	    themes: ThemeFigure[];
	    phrases: themes.Phrase[];
	
	    static createFrom(source: any = {}) {
	        return new ThemeFigures(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.from = source["from"];
	        this.to = source["to"];
	        this.texts = source["texts"];
	        this.tickets = source["tickets"];
	        this.months = source["months"];
	        this.themes = this.convertValues(source["themes"], ThemeFigure);
	        this.phrases = this.convertValues(source["phrases"], themes.Phrase);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}

}

export namespace feedback {
	
	export class CheckResult {
	    ok: boolean;
	    integrity: string[];
	    foreign_key_problems: number;
	    metric_count_drift: number;
	
	    static createFrom(source: any = {}) {
	        return new CheckResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.ok = source["ok"];
	        this.integrity = source["integrity"];
	        this.foreign_key_problems = source["foreign_key_problems"];
	        this.metric_count_drift = source["metric_count_drift"];
	    }
	}
	export class MonthCount {
	    month: string;
	    responses: number;
	    tickets: number;
	
	    static createFrom(source: any = {}) {
	        return new MonthCount(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.month = source["month"];
	        this.responses = source["responses"];
	        this.tickets = source["tickets"];
	    }
	}
	export class Segments {
	    channel: string;
	    region: string;
	    product: string;
	    agent: string;
	    tier: string;
	
	    static createFrom(source: any = {}) {
	        return new Segments(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.channel = source["channel"];
	        this.region = source["region"];
	        this.product = source["product"];
	        this.agent = source["agent"];
	        this.tier = source["tier"];
	    }
	}
	export class Stats {
	    schema_version: number;
	    surveys: number;
	    responses: number;
	    customers: number;
	    tickets: number;
	    handlers: number;
	
	    static createFrom(source: any = {}) {
	        return new Stats(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.schema_version = source["schema_version"];
	        this.surveys = source["surveys"];
	        this.responses = source["responses"];
	        this.customers = source["customers"];
	        this.tickets = source["tickets"];
	        this.handlers = source["handlers"];
	    }
	}

}

export namespace importer {
	
	export class ColumnSpec {
	    field?: string;
	    attribute?: string;
	    question?: string;
	    type?: string;
	    scale?: number[];
	    metric?: string;
	    ignore?: boolean;
	
	    static createFrom(source: any = {}) {
	        return new ColumnSpec(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.field = source["field"];
	        this.attribute = source["attribute"];
	        this.question = source["question"];
	        this.type = source["type"];
	        this.scale = source["scale"];
	        this.metric = source["metric"];
	        this.ignore = source["ignore"];
	    }
	}
	export class Mapping {
	    sheet?: string;
	    header_row?: number;
	    timezone?: string;
	    date_order?: string;
	    columns: Record<string, ColumnSpec>;
	    values?: Record<string, any>;
	
	    static createFrom(source: any = {}) {
	        return new Mapping(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.sheet = source["sheet"];
	        this.header_row = source["header_row"];
	        this.timezone = source["timezone"];
	        this.date_order = source["date_order"];
	        this.columns = this.convertValues(source["columns"], ColumnSpec, true);
	        this.values = source["values"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}

}

export namespace metrics {
	
	export class RatingCount {
	    rating: number;
	    count: number;
	
	    static createFrom(source: any = {}) {
	        return new RatingCount(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.rating = source["rating"];
	        this.count = source["count"];
	    }
	}
	export class CES {
	    valid: boolean;
	    inverted: boolean;
	    n: number;
	    mean: number;
	    easy: number;
	    neutral: number;
	    difficult: number;
	    percent_easy: number;
	    percent_difficult: number;
	    net_ease: number;
	    distribution: RatingCount[];
	    indicative: boolean;
	    skipped: number;
	    invalid: number;
	
	    static createFrom(source: any = {}) {
	        return new CES(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.valid = source["valid"];
	        this.inverted = source["inverted"];
	        this.n = source["n"];
	        this.mean = source["mean"];
	        this.easy = source["easy"];
	        this.neutral = source["neutral"];
	        this.difficult = source["difficult"];
	        this.percent_easy = source["percent_easy"];
	        this.percent_difficult = source["percent_difficult"];
	        this.net_ease = source["net_ease"];
	        this.distribution = this.convertValues(source["distribution"], RatingCount);
	        this.indicative = source["indicative"];
	        this.skipped = source["skipped"];
	        this.invalid = source["invalid"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class CSAT {
	    valid: boolean;
	    scale_min: number;
	    scale_max: number;
	    satisfied_min: number;
	    n: number;
	    satisfied: number;
	    percent: number;
	    mean: number;
	    distribution: RatingCount[];
	    ci_low: number;
	    ci_high: number;
	    indicative: boolean;
	    skipped: number;
	    invalid: number;
	
	    static createFrom(source: any = {}) {
	        return new CSAT(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.valid = source["valid"];
	        this.scale_min = source["scale_min"];
	        this.scale_max = source["scale_max"];
	        this.satisfied_min = source["satisfied_min"];
	        this.n = source["n"];
	        this.satisfied = source["satisfied"];
	        this.percent = source["percent"];
	        this.mean = source["mean"];
	        this.distribution = this.convertValues(source["distribution"], RatingCount);
	        this.ci_low = source["ci_low"];
	        this.ci_high = source["ci_high"];
	        this.indicative = source["indicative"];
	        this.skipped = source["skipped"];
	        this.invalid = source["invalid"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class CSATAnswer {
	    rating: number;
	    scale_min: number;
	    scale_max: number;
	    // Go type: time
	    at: any;
	
	    static createFrom(source: any = {}) {
	        return new CSATAnswer(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.rating = source["rating"];
	        this.scale_min = source["scale_min"];
	        this.scale_max = source["scale_max"];
	        this.at = this.convertValues(source["at"], null);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Change {
	    delta: number;
	    z: number;
	    significant: boolean;
	    direction: string;
	    reason?: string;
	
	    static createFrom(source: any = {}) {
	        return new Change(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.delta = source["delta"];
	        this.z = source["z"];
	        this.significant = source["significant"];
	        this.direction = source["direction"];
	        this.reason = source["reason"];
	    }
	}
	export class NPSAnswer {
	    score: number;
	    // Go type: time
	    at: any;
	
	    static createFrom(source: any = {}) {
	        return new NPSAnswer(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.score = source["score"];
	        this.at = this.convertValues(source["at"], null);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class CustomerRFM {
	    id: number;
	    scored: boolean;
	    recency_days: number;
	    frequency: number;
	    monetary: number;
	    r: number;
	    f: number;
	    m: number;
	    fm: number;
	    segment: string;
	
	    static createFrom(source: any = {}) {
	        return new CustomerRFM(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.scored = source["scored"];
	        this.recency_days = source["recency_days"];
	        this.frequency = source["frequency"];
	        this.monetary = source["monetary"];
	        this.r = source["r"];
	        this.f = source["f"];
	        this.m = source["m"];
	        this.fm = source["fm"];
	        this.segment = source["segment"];
	    }
	}
	export class CustomerFacts {
	    RFM: CustomerRFM;
	    // Go type: time
	    FirstPurchase: any;
	    // Go type: time
	    LastPurchase: any;
	    LatestNPS?: NPSAnswer;
	    LatestCSAT?: CSATAnswer;
	    Referrals?: number;
	    Complaints: number;
	    Breaches: number;
	    OpenComplaints: number;
	
	    static createFrom(source: any = {}) {
	        return new CustomerFacts(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.RFM = this.convertValues(source["RFM"], CustomerRFM);
	        this.FirstPurchase = this.convertValues(source["FirstPurchase"], null);
	        this.LastPurchase = this.convertValues(source["LastPurchase"], null);
	        this.LatestNPS = this.convertValues(source["LatestNPS"], NPSAnswer);
	        this.LatestCSAT = this.convertValues(source["LatestCSAT"], CSATAnswer);
	        this.Referrals = source["Referrals"];
	        this.Complaints = source["Complaints"];
	        this.Breaches = source["Breaches"];
	        this.OpenComplaints = source["OpenComplaints"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class NPS {
	    valid: boolean;
	    score: number;
	    rounded: number;
	    n: number;
	    promoters: number;
	    passives: number;
	    detractors: number;
	    promoter_share: number;
	    passive_share: number;
	    detractor_share: number;
	    ci_low: number;
	    ci_high: number;
	    moe: number;
	    se: number;
	    indicative: boolean;
	    skipped: number;
	    invalid: number;
	
	    static createFrom(source: any = {}) {
	        return new NPS(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.valid = source["valid"];
	        this.score = source["score"];
	        this.rounded = source["rounded"];
	        this.n = source["n"];
	        this.promoters = source["promoters"];
	        this.passives = source["passives"];
	        this.detractors = source["detractors"];
	        this.promoter_share = source["promoter_share"];
	        this.passive_share = source["passive_share"];
	        this.detractor_share = source["detractor_share"];
	        this.ci_low = source["ci_low"];
	        this.ci_high = source["ci_high"];
	        this.moe = source["moe"];
	        this.se = source["se"];
	        this.indicative = source["indicative"];
	        this.skipped = source["skipped"];
	        this.invalid = source["invalid"];
	    }
	}
	export class GroupSummary {
	    group: string;
	    nps?: NPS;
	    csat?: CSAT;
	    ces?: CES;
	
	    static createFrom(source: any = {}) {
	        return new GroupSummary(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.group = source["group"];
	        this.nps = this.convertValues(source["nps"], NPS);
	        this.csat = this.convertValues(source["csat"], CSAT);
	        this.ces = this.convertValues(source["ces"], CES);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class LoyaltyParts {
	    tenure?: number;
	    repeat?: number;
	    referral?: number;
	    promoter?: number;
	
	    static createFrom(source: any = {}) {
	        return new LoyaltyParts(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.tenure = source["tenure"];
	        this.repeat = source["repeat"];
	        this.referral = source["referral"];
	        this.promoter = source["promoter"];
	    }
	}
	
	
	export class RFMSegmentRule {
	    segment: string;
	    r_min: number;
	    r_max: number;
	    fm_min: number;
	    fm_max: number;
	
	    static createFrom(source: any = {}) {
	        return new RFMSegmentRule(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.segment = source["segment"];
	        this.r_min = source["r_min"];
	        this.r_max = source["r_max"];
	        this.fm_min = source["fm_min"];
	        this.fm_max = source["fm_max"];
	    }
	}
	
	export class ScoreComponents {
	    value?: number;
	    satisfaction?: number;
	    loyalty?: number;
	    complaints?: number;
	
	    static createFrom(source: any = {}) {
	        return new ScoreComponents(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.value = source["value"];
	        this.satisfaction = source["satisfaction"];
	        this.loyalty = source["loyalty"];
	        this.complaints = source["complaints"];
	    }
	}
	export class ScoreWeights {
	    value: number;
	    satisfaction: number;
	    loyalty: number;
	    complaints: number;
	
	    static createFrom(source: any = {}) {
	        return new ScoreWeights(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.value = source["value"];
	        this.satisfaction = source["satisfaction"];
	        this.loyalty = source["loyalty"];
	        this.complaints = source["complaints"];
	    }
	}
	export class TierThresholds {
	    high: number;
	    medium: number;
	
	    static createFrom(source: any = {}) {
	        return new TierThresholds(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.high = source["high"];
	        this.medium = source["medium"];
	    }
	}

}

export namespace sla {
	
	export class Conditions {
	    priorities?: number[];
	    categories?: string[];
	    channels?: string[];
	    tiers?: string[];
	
	    static createFrom(source: any = {}) {
	        return new Conditions(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.priorities = source["priorities"];
	        this.categories = source["categories"];
	        this.channels = source["channels"];
	        this.tiers = source["tiers"];
	    }
	}
	export class Escalation {
	    name?: string;
	    offset_minutes: number;
	    notify: string;
	    targets?: string[];
	
	    static createFrom(source: any = {}) {
	        return new Escalation(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.name = source["name"];
	        this.offset_minutes = source["offset_minutes"];
	        this.notify = source["notify"];
	        this.targets = source["targets"];
	    }
	}
	export class Target {
	    minutes: number;
	    mode?: string;
	
	    static createFrom(source: any = {}) {
	        return new Target(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.minutes = source["minutes"];
	        this.mode = source["mode"];
	    }
	}
	export class Targets {
	    first_response: Target;
	    next_reply: Target;
	    resolution: Target;
	
	    static createFrom(source: any = {}) {
	        return new Targets(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.first_response = this.convertValues(source["first_response"], Target);
	        this.next_reply = this.convertValues(source["next_reply"], Target);
	        this.resolution = this.convertValues(source["resolution"], Target);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Policy {
	    name: string;
	    version: number;
	    calendar?: string;
	    conditions: Conditions;
	    targets: Record<string, Targets>;
	    pause?: Record<string, Array<string>>;
	    reopen?: string;
	    warnings?: number[];
	    escalations?: Escalation[];
	
	    static createFrom(source: any = {}) {
	        return new Policy(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.name = source["name"];
	        this.version = source["version"];
	        this.calendar = source["calendar"];
	        this.conditions = this.convertValues(source["conditions"], Conditions);
	        this.targets = this.convertValues(source["targets"], Targets, true);
	        this.pause = source["pause"];
	        this.reopen = source["reopen"];
	        this.warnings = source["warnings"];
	        this.escalations = this.convertValues(source["escalations"], Escalation);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	

}

export namespace themes {
	
	export class Impact {
	    theme: string;
	    mentions: number;
	    with: metrics.NPS;
	    without: metrics.NPS;
	    delta?: number;
	
	    static createFrom(source: any = {}) {
	        return new Impact(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.theme = source["theme"];
	        this.mentions = source["mentions"];
	        this.with = this.convertValues(source["with"], metrics.NPS);
	        this.without = this.convertValues(source["without"], metrics.NPS);
	        this.delta = source["delta"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Phrase {
	    text: string;
	    count: number;
	    themes: string[];
	
	    static createFrom(source: any = {}) {
	        return new Phrase(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.text = source["text"];
	        this.count = source["count"];
	        this.themes = source["themes"];
	    }
	}
	export class Theme {
	    key: string;
	    name: string;
	    name_en: string;
	    keywords: string[];
	    exclude?: string[];
	
	    static createFrom(source: any = {}) {
	        return new Theme(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.key = source["key"];
	        this.name = source["name"];
	        this.name_en = source["name_en"];
	        this.keywords = source["keywords"];
	        this.exclude = source["exclude"];
	    }
	}

}

