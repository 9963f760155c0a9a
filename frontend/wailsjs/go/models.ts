export namespace api {
	
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

}

export namespace feedback {
	
	export class CheckResult {
	    ok: boolean;
	    integrity: string[];
	    foreign_key_problems: number;
	
	    static createFrom(source: any = {}) {
	        return new CheckResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.ok = source["ok"];
	        this.integrity = source["integrity"];
	        this.foreign_key_problems = source["foreign_key_problems"];
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

