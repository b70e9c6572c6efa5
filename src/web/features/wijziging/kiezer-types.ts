// The list items the Kiezer searches through.
import type { FunctieKort, Pagina } from '../../api/types.ts'
import type { EenheidKort } from '../../../modules/organisatie/eenheid.schemas.ts'

export type EenheidKortLijst = EenheidKort
export type { FunctieKort, Pagina }
