// Checks the hash chain of the audit trail (migration 0005): every event's hash must match its
// contents, name its predecessor's hash, and the chain numbers must run on without gaps. An altered
// event breaks its own hash; a removed one leaves a gap and a dangling predecessor hash.
// Removing the last events leaves no trace inside the database: compare the reported last hash with
// one recorded elsewhere (`koers audit verify --verwacht <hash>`).
import { sql } from 'kysely'
import type { Db } from '../../db/database.ts'

export interface AuditBevinding {
  ketenNr: number
  soort: 'gewijzigd' | 'ontbreekt' | 'keten_gebroken'
  uitleg: string
}

export interface AuditVerificatie {
  aantal: number
  laatsteKetenNr: number | null
  laatsteHash: string | null
  bevindingen: AuditBevinding[]
}

export async function verifyAuditChain(db: Db): Promise<AuditVerificatie> {
  const r = await sql<{ keten_nr: number; hash: string; vorige_hash: string | null; berekend: string; vorige_nr: number | null; vorige_echt: string | null }>`
    select keten_nr, hash, vorige_hash, audit_event_hash(e) as berekend,
           lag(keten_nr) over (order by keten_nr) as vorige_nr,
           lag(hash) over (order by keten_nr) as vorige_echt
    from audit_event e
    order by keten_nr`.execute(db)
  const bevindingen: AuditBevinding[] = []
  for (const e of r.rows) {
    if (e.berekend !== e.hash) {
      bevindingen.push({ ketenNr: e.keten_nr, soort: 'gewijzigd', uitleg: `Event ${e.keten_nr} is na het vastleggen gewijzigd: de inhoud past niet meer bij de hash.` })
    }
    const verwachtNr = (e.vorige_nr ?? 0) + 1
    if (e.keten_nr !== verwachtNr) {
      const van = verwachtNr
      const tot = e.keten_nr - 1
      bevindingen.push({ ketenNr: e.keten_nr, soort: 'ontbreekt', uitleg: van === tot ? `Event ${van} ontbreekt.` : `Events ${van} tot en met ${tot} ontbreken.` })
    } else if ((e.vorige_hash ?? null) !== (e.vorige_echt ?? null)) {
      bevindingen.push({ ketenNr: e.keten_nr, soort: 'keten_gebroken', uitleg: `Event ${e.keten_nr} verwijst naar een andere voorganger dan event ${e.vorige_nr ?? '(geen)'}.` })
    }
  }
  const laatste = r.rows.at(-1)
  return { aantal: r.rows.length, laatsteKetenNr: laatste?.keten_nr ?? null, laatsteHash: laatste?.hash ?? null, bevindingen }
}
