import { describe, expect, it } from 'vitest'
import type { VergaderingKort } from '../../api/types.ts'
import { kiesbareVergaderingen } from './agendering.ts'

const vergadering = (id: string, overlegSoort: string, overlegPortefeuilleId: string | null, status = 'gepland'): VergaderingKort => ({
  id, overlegId: `o-${id}`, overlegNaam: id, overlegSoort, overlegPortefeuilleId, begin: '2030-03-02T09:00:00.000Z', eind: '2030-03-02T11:00:00.000Z', status, bron: 'cadans',
})
const alle = [
  vergadering('pho-ruimte', 'pho', 'ruimte'),
  vergadering('pho-zorg', 'pho', 'zorg'),
  vergadering('pho-zonder', 'pho', null),
  vergadering('strategisch', 'strategisch_pho', null),
  vergadering('college', 'college', null),
  vergadering('pho-ruimte-gesloten', 'pho', 'ruimte', 'gesloten'),
  vergadering('vr', 'voorbereidende_raad', null, 'agenda_gepubliceerd'),
  vergadering('vr-geannuleerd', 'voorbereidende_raad', null, 'geannuleerd'),
]
const ids = (l: VergaderingKort[]) => l.map((v) => v.id)

describe('kiesbareVergaderingen', () => {
  it('offers only the PHO of the voorstel’s portefeuille and the strategisch PHO', () => {
    expect(ids(kiesbareVergaderingen(alle, 'agenderen_pho', 'ruimte'))).toEqual(['pho-ruimte', 'strategisch'])
    expect(ids(kiesbareVergaderingen(alle, 'agenderen_pho', 'zorg'))).toEqual(['pho-zorg', 'strategisch'])
  })
  it('offers any PHO when the voorstel has no portefeuille', () => {
    expect(ids(kiesbareVergaderingen(alle, 'agenderen_pho', null))).toEqual(['pho-ruimte', 'pho-zorg', 'pho-zonder', 'strategisch'])
  })
  it('offers planned or open meetings of the step’s overleg only', () => {
    expect(ids(kiesbareVergaderingen(alle, 'agenderen_college', 'ruimte'))).toEqual(['college'])
    expect(ids(kiesbareVergaderingen(alle, 'agenderen_voorbereidende_raad', 'ruimte'))).toEqual(['vr'])
    expect(kiesbareVergaderingen(alle, 'goedkeuren', 'ruimte')).toEqual([])
  })
})
