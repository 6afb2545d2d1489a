import datetime as dt
NOW='2026-11-25'
MOIS=['janvier','février','mars','avril','mai','juin','juillet','août','septembre','octobre','novembre','décembre']
MONTHS=['January','February','March','April','May','June','July','August','September','October','November','December']
def A(x, alt=None):
    """amount group: x like '1138.88'"""
    out=[]
    for v in [x]+([alt] if alt else []):
        e,c=v.split('.')
        if len(e)>3:
            fr=e[:-3]+' '+e[-3:]; en=e[:-3]+','+e[-3:]
        else:
            fr=e; en=e
        out += [f'{fr},{c}', f'{e},{c}', f'{en}.{c}', f'{e}.{c}']
    seen=[]; [seen.append(o) for o in out if o not in seen]
    return seen
def D(y,m,d, year=True):
    g=[f'{d}/{m}/{y}', f'{d:02d}/{m:02d}/{y}', f'{y}-{m:02d}-{d:02d}',
       f'{d} {MOIS[m-1]} {y}', f'{d} {MONTHS[m-1]} {y}', f'{MONTHS[m-1]} {d}, {y}', f'{MONTHS[m-1]} {d} {y}']
    if d==1: g += [f'1er {MOIS[m-1]} {y}', f'1st {MONTHS[m-1]} {y}', f'{MONTHS[m-1]} 1st, {y}']
    if not year:
        g += [f'{d:02d}/{m:02d}', f'{d} {MOIS[m-1]}', f'{d} {MONTHS[m-1]}', f'{MONTHS[m-1]} {d}']
        if d==1: g += [f'1er {MOIS[m-1]}']
    return g
ITEMS=[]
def Q(q, role, e=None, a=None, s=None, k=None, out=False, en=False, topic=None):
    it={'q':q,'as':{'s':'student','h':'hr','t':'tutor'}[role],'now':NOW}
    if e: it['expect']=e
    if a: it['expectAny']=a
    if s: it['startsWith']=s
    if k: it['kind']=k
    if out: it['scope']='out'
    it['_en']=en; it['_topic']=topic
    ITEMS.append(it)
    return it
def T(q, e=None, a=None, s=None, k=None, out=False, en=False):
    t={'q':q}
    if e: t['expect']=e
    if a: t['expectAny']=a
    if s: t['startsWith']=s
    if k: t['kind']=k
    if out: t['scope']='out'
    t['_en']=en
    return t
