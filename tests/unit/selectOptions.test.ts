import { selectOptionsHtml } from '../../server/selectOptions'

const options = (html: string) => [...html.matchAll(/<option value="([^"]*)"( selected)?>([^<]*)<\/option>/g)]

describe('select options', () => {
  const items = [
    { value: '', text: 'Choose a council' },
    { value: 'a&b', text: 'Bath & <North> "East" Somerset' },
    { value: 'leeds', text: 'Leeds' },
    { value: 'york', text: 'York' },
  ]

  it('escapes every value and text', () => {
    const html = selectOptionsHtml(items, '')
    expect(html).toContain('<option value="a&amp;b">Bath &amp; &lt;North&gt; &#34;East&#34; Somerset</option>')
    expect(html).not.toContain('<North>')
  })

  it('selects the option whose value matches, and only that one, each time the same list is used', () => {
    for (const value of ['leeds', 'york', 'a&b', '', 'leeds']) {
      const found = options(selectOptionsHtml(items, value))
      expect(found.map(match => match[1])).toEqual(['', 'a&amp;b', 'leeds', 'york'])
      expect(found.filter(match => match[2]).map(match => match[1])).toEqual([value.replace('&', '&amp;')])
    }
  })

  it('selects nothing for a value no option has, and compares numbers as text', () => {
    expect(options(selectOptionsHtml(items, 'atlantis')).some(match => match[2])).toBe(false)
    expect(options(selectOptionsHtml(items, undefined)).some(match => match[2])).toBe(false)
    const levels = [1, 2, 3].map(level => ({ value: level, text: `Level ${level}` }))
    expect(options(selectOptionsHtml(levels, '2')).find(match => match[2])?.[3]).toBe('Level 2')
  })

  it('shows a changed list, given as a new list object', () => {
    selectOptionsHtml(items, 'leeds')
    const renamed = items.map(item => (item.value === 'leeds' ? { ...item, text: 'Leeds City' } : item))
    expect(selectOptionsHtml(renamed, 'leeds')).toContain('<option value="leeds" selected>Leeds City</option>')
  })
})
